// Debian's libzydis-dev 4.0 ships no pkg-config file; its headers live under /usr/include.
#include <Zydis/Zydis.h>
