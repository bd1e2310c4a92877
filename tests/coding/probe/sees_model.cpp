// Compile probe: a file built with the observer's include view must NOT be able to include the infant
// model. The test observer_cannot_include_the_model expects this file to fail to compile.
#include "model/infant.h"

int SeesModel() { return 0; }
