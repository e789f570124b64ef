# core links Qt Core and Qt Sql only. Not linking Qt6::Widgets already keeps <QWidget>
# off core's include path, but Qt's include root is shared, so <QtWidgets/QWidget> or
# <QtGui/QPainter> would still resolve. We shadow every header of the GUI modules with
# one that stops the build, and put that directory first on core's include path.
set(_guard_dir "${CMAKE_BINARY_DIR}/core-layer-guard")
set(_guard_modules Gui Widgets Charts PrintSupport)
foreach(_module IN LISTS _guard_modules)
    get_target_property(_includes Qt6::${_module} INTERFACE_INCLUDE_DIRECTORIES)
    foreach(_dir IN LISTS _includes)
        if(NOT _dir MATCHES "/Qt${_module}$")
            continue()
        endif()
        file(GLOB _headers RELATIVE "${_dir}" "${_dir}/*")
        foreach(_header IN LISTS _headers)
            if(IS_DIRECTORY "${_dir}/${_header}")
                continue()
            endif()
            set(_text "#error \"core links Qt Core and Qt Sql only: Qt${_module}/${_header} belongs in ui/\"\n")
            file(CONFIGURE OUTPUT "${_guard_dir}/Qt${_module}/${_header}" CONTENT "${_text}")
        endforeach()
    endforeach()
endforeach()

function(stuurboord_guard_core_layer target)
    target_include_directories(${target} BEFORE PRIVATE "${_guard_dir}")
endfunction()
