// Compiled with core's include paths by the core_layer_guard test, which expects the
// build to fail: core may not use widgets or painting, even by the module-qualified path.
#include <QtWidgets/QWidget>

int coreMustNotSeeWidgets()
{
    return sizeof(QWidget);
}
