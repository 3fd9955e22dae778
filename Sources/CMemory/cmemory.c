#include "cmemory.h"
#include <stdlib.h>  // defines __GLIBC__ when glibc is the C library

#if defined(__GLIBC__)
#include <malloc.h>

int pg_release_free_memory(void) {
    return malloc_trim(0);
}

int pg_use_one_malloc_arena(void) {
    return mallopt(M_ARENA_MAX, 1);
}
#else
int pg_release_free_memory(void) {
    return 0;
}

int pg_use_one_malloc_arena(void) {
    return 0;
}
#endif
