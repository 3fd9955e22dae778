#include "ccurl.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#if defined(__APPLE__)
static const char *const library_names[] = {"libcurl.4.dylib", "libcurl.dylib"};
#else
static const char *const library_names[] = {"libcurl.so.4", "libcurl.so"};
#endif

// Every libcurl function used, as (name, return type, parameters).
#define PG_CURL_FUNCTIONS(X) \
    X(curl_global_init, CURLcode, (long)) \
    X(curl_easy_init, CURL *, (void)) \
    X(curl_easy_cleanup, void, (CURL *)) \
    X(curl_easy_reset, void, (CURL *)) \
    X(curl_easy_strerror, const char *, (CURLcode)) \
    X(curl_easy_setopt, CURLcode, (CURL *, CURLoption, ...)) \
    X(curl_easy_getinfo, CURLcode, (CURL *, CURLINFO, ...)) \
    X(curl_multi_init, CURLM *, (void)) \
    X(curl_multi_cleanup, CURLMcode, (CURLM *)) \
    X(curl_multi_add_handle, CURLMcode, (CURLM *, CURL *)) \
    X(curl_multi_remove_handle, CURLMcode, (CURLM *, CURL *)) \
    X(curl_multi_perform, CURLMcode, (CURLM *, int *)) \
    X(curl_multi_poll, CURLMcode, (CURLM *, struct curl_waitfd[], unsigned int, int, int *)) \
    X(curl_multi_wakeup, CURLMcode, (CURLM *)) \
    X(curl_multi_info_read, CURLMsg *, (CURLM *, int *)) \
    X(curl_multi_setopt, CURLMcode, (CURLM *, CURLMoption, ...)) \
    X(curl_slist_append, struct curl_slist *, (struct curl_slist *, const char *)) \
    X(curl_slist_free_all, void, (struct curl_slist *))

#define PG_DECLARE(name, ret, params) static ret(*p_##name) params;
PG_CURL_FUNCTIONS(PG_DECLARE)

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int loaded = 0;
static char load_error[512];

static void load(void) {
    void *library = NULL;
    // PROMPTGATE_LIBCURL names the library to load instead (a custom build, or a test).
    const char *chosen = getenv("PROMPTGATE_LIBCURL");
    if (chosen && *chosen) {
        library = dlopen(chosen, RTLD_NOW | RTLD_LOCAL);
    } else {
        for (size_t i = 0; i < sizeof library_names / sizeof library_names[0] && !library; i++) {
            library = dlopen(library_names[i], RTLD_NOW | RTLD_LOCAL);
        }
    }
    if (!library) {
        const char *reason = dlerror();
        snprintf(load_error, sizeof load_error, "libcurl could not be loaded (%s); install it, e.g. apt-get install libcurl4",
                 reason ? reason : "not found");
        return;
    }
#define PG_RESOLVE(name, ret, params) \
    p_##name = (ret(*) params)dlsym(library, #name); \
    if (!p_##name) { \
        snprintf(load_error, sizeof load_error, "the installed libcurl lacks " #name " (libcurl 7.68 or newer is needed)"); \
        return; \
    }
    PG_CURL_FUNCTIONS(PG_RESOLVE)
    loaded = 1;
}

int pg_curl_load(char *error, size_t capacity) {
    pthread_once(&load_once, load);
    if (!loaded && error && capacity > 0) snprintf(error, capacity, "%s", load_error);
    return loaded;
}

CURLcode pg_curl_global_init(long flags) { return p_curl_global_init(flags); }
CURL *pg_curl_easy_init(void) { return p_curl_easy_init(); }
void pg_curl_easy_cleanup(CURL *handle) { p_curl_easy_cleanup(handle); }
void pg_curl_easy_reset(CURL *handle) { p_curl_easy_reset(handle); }
const char *pg_curl_easy_strerror(CURLcode code) {
    pthread_once(&load_once, load);
    return loaded ? p_curl_easy_strerror(code) : NULL;
}
CURLM *pg_curl_multi_init(void) { return p_curl_multi_init(); }
CURLMcode pg_curl_multi_cleanup(CURLM *multi) { return p_curl_multi_cleanup(multi); }
CURLMcode pg_curl_multi_add_handle(CURLM *multi, CURL *handle) { return p_curl_multi_add_handle(multi, handle); }
CURLMcode pg_curl_multi_remove_handle(CURLM *multi, CURL *handle) { return p_curl_multi_remove_handle(multi, handle); }
CURLMcode pg_curl_multi_perform(CURLM *multi, int *running) { return p_curl_multi_perform(multi, running); }
CURLMcode pg_curl_multi_poll(CURLM *multi, struct curl_waitfd extra[], unsigned int count, int timeoutMs, int *ready) {
    return p_curl_multi_poll(multi, extra, count, timeoutMs, ready);
}
CURLMcode pg_curl_multi_wakeup(CURLM *multi) { return p_curl_multi_wakeup(multi); }
CURLMsg *pg_curl_multi_info_read(CURLM *multi, int *remaining) { return p_curl_multi_info_read(multi, remaining); }
struct curl_slist *pg_curl_slist_append(struct curl_slist *list, const char *text) { return p_curl_slist_append(list, text); }
void pg_curl_slist_free_all(struct curl_slist *list) { p_curl_slist_free_all(list); }

CURLcode pg_setopt_long(CURL *h, CURLoption o, long v) { return p_curl_easy_setopt(h, o, v); }
CURLcode pg_setopt_ptr(CURL *h, CURLoption o, const void *v) { return p_curl_easy_setopt(h, o, v); }
CURLcode pg_setopt_str(CURL *h, CURLoption o, const char *v) { return p_curl_easy_setopt(h, o, v); }
CURLcode pg_setopt_write_fn(CURL *h, size_t (*fn)(char *, size_t, size_t, void *)) { return p_curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, fn); }
CURLcode pg_setopt_header_fn(CURL *h, size_t (*fn)(char *, size_t, size_t, void *)) { return p_curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, fn); }
CURLcode pg_getinfo_long(CURL *h, CURLINFO i, long *v) { return p_curl_easy_getinfo(h, i, v); }
CURLcode pg_getinfo_double(CURL *h, CURLINFO i, double *v) { return p_curl_easy_getinfo(h, i, v); }
CURLMcode pg_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return p_curl_multi_setopt(m, o, v); }
