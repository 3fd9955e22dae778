#include "cmemory.h"
#include <stdlib.h>  // defines __GLIBC__ when glibc is the C library

#if defined(__GLIBC__)
#include <malloc.h>

int pg_release_free_memory(void) {
    return malloc_trim(0);
}
#else
int pg_release_free_memory(void) {
    return 0;
}
#endif
