#ifndef PROMPTGATE_CCURL_H
#define PROMPTGATE_CCURL_H
#include <stddef.h>
#include <curl/curl.h>

// libcurl is loaded with dlopen the first time a transport starts, not linked: a process that never
// speaks HTTP (check, replay runs, diff, report, gate) then never maps libcurl and the ~25 libraries
// it pulls in (OpenSSL, GnuTLS, Kerberos, LDAP, ...), whose loading alone costs ~5 MiB of resident
// memory and milliseconds of start-up. The header above gives the types and constants only; the
// pg_curl_* functions below are the only way the Swift code calls libcurl (linking against
// curl_* directly fails, on purpose).

/// Loads libcurl (or the library the PROMPTGATE_LIBCURL environment variable names) and resolves
/// every function below, once per process (thread-safe). Returns 1 when libcurl is usable, 0
/// otherwise with the reason copied into `error` (NUL-terminated).
int pg_curl_load(char *error, size_t capacity);

// Valid only after pg_curl_load returned 1 (pg_curl_easy_strerror loads, and returns NULL without libcurl).
CURLcode pg_curl_global_init(long flags);
CURL *pg_curl_easy_init(void);
void pg_curl_easy_cleanup(CURL *handle);
void pg_curl_easy_reset(CURL *handle);
const char *pg_curl_easy_strerror(CURLcode code);
CURLM *pg_curl_multi_init(void);
CURLMcode pg_curl_multi_cleanup(CURLM *multi);
CURLMcode pg_curl_multi_add_handle(CURLM *multi, CURL *handle);
CURLMcode pg_curl_multi_remove_handle(CURLM *multi, CURL *handle);
CURLMcode pg_curl_multi_perform(CURLM *multi, int *running);
CURLMcode pg_curl_multi_poll(CURLM *multi, struct curl_waitfd extra[], unsigned int count, int timeoutMs, int *ready);
CURLMcode pg_curl_multi_wakeup(CURLM *multi);
CURLMsg *pg_curl_multi_info_read(CURLM *multi, int *remaining);
struct curl_slist *pg_curl_slist_append(struct curl_slist *list, const char *text);
void pg_curl_slist_free_all(struct curl_slist *list);

// curl_easy_setopt, curl_easy_getinfo and curl_multi_setopt are variadic, which Swift cannot call:
// typed wrappers.
CURLcode pg_setopt_long(CURL *h, CURLoption o, long v);
CURLcode pg_setopt_ptr(CURL *h, CURLoption o, const void *v);
CURLcode pg_setopt_str(CURL *h, CURLoption o, const char *v);
CURLcode pg_setopt_write_fn(CURL *h, size_t (*fn)(char *, size_t, size_t, void *));
CURLcode pg_setopt_header_fn(CURL *h, size_t (*fn)(char *, size_t, size_t, void *));
CURLcode pg_getinfo_long(CURL *h, CURLINFO i, long *v);
CURLcode pg_getinfo_double(CURL *h, CURLINFO i, double *v);
CURLMcode pg_multi_setopt_long(CURLM *m, CURLMoption o, long v);
#endif
