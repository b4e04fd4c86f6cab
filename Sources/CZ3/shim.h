#ifndef ISOCHECK_CZ3_SHIM_H
#define ISOCHECK_CZ3_SHIM_H
#include <z3.h>
#endif
