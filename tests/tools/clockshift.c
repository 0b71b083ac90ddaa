/*
 * Shifts the wall clock of a process tree (LD_PRELOAD) by CLOCK_SHIFT_SECONDS, so that the whole test suite can be
 * run as if it were another hour or date: `scripts/test --at "2027-01-04 00:05"`. Only the real-time clock moves
 * (clock_gettime of CLOCK_REALTIME, gettimeofday, time); the monotonic clock, which timeouts and waits use, stays
 * true. libfaketime also moves the clocks of condition-variable waits, which .NET's timed waits then see expire at
 * once, hence this small shim of our own. It is a test tool: the product never runs with it.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

static long long offset_ns;
static int ready;
static int (*real_clock_gettime)(clockid_t, struct timespec *);

static void setup(void)
{
    if (ready) return;
    real_clock_gettime = (int (*)(clockid_t, struct timespec *))dlsym(RTLD_NEXT, "clock_gettime");
    const char *s = getenv("CLOCK_SHIFT_SECONDS");
    offset_ns = s ? atoll(s) * 1000000000LL : 0;
    ready = 1;
}

int clock_gettime(clockid_t id, struct timespec *ts)
{
    setup();
    int r = real_clock_gettime(id, ts);
    if (r == 0 && (id == CLOCK_REALTIME || id == CLOCK_REALTIME_COARSE)) {
        long long t = (long long)ts->tv_sec * 1000000000LL + ts->tv_nsec + offset_ns;
        ts->tv_sec = t / 1000000000LL;
        ts->tv_nsec = t % 1000000000LL;
    }
    return r;
}

int gettimeofday(struct timeval *tv, void *tz)
{
    (void)tz;
    struct timespec ts;
    int r = clock_gettime(CLOCK_REALTIME, &ts);
    if (tv) { tv->tv_sec = ts.tv_sec; tv->tv_usec = ts.tv_nsec / 1000; }
    return r;
}

time_t time(time_t *t)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (t) *t = ts.tv_sec;
    return ts.tv_sec;
}
