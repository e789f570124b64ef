# One INTERFACE target that carries warnings and strict Qt defines for every target.
add_library(stuurboord_settings INTERFACE)

target_compile_options(stuurboord_settings INTERFACE -Wall -Wextra -Wpedantic)
if(STUURBOORD_WERROR)
    target_compile_options(stuurboord_settings INTERFACE -Werror)
endif()

target_compile_definitions(stuurboord_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(STUURBOORD_SANITIZE)
    target_compile_options(stuurboord_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(stuurboord_settings INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer: core is instrumented for coverage; the fuzz targets add libFuzzer's main.
if(STUURBOORD_FUZZ)
    target_compile_options(stuurboord_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(stuurboord_settings INTERFACE -fsanitize=address,undefined)
endif()
