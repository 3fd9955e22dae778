#ifndef PROMPTGATE_CMEMORY_H
#define PROMPTGATE_CMEMORY_H

/// Returns the memory the process has freed to the system (glibc `malloc_trim(0)`): freed
/// chunks in every thread's arena are released, not only the top of the main heap. Returns 1
/// when memory was released, 0 otherwise (and always 0 where glibc is not the allocator).
int pg_release_free_memory(void);

/// Makes every thread allocate from one malloc heap (glibc `mallopt(M_ARENA_MAX, 1)`); takes
/// effect for threads that have not allocated yet. Returns 1 on success, 0 otherwise (and always 0
/// where glibc is not the allocator).
int pg_use_one_malloc_arena(void);

#endif
