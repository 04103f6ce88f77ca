/*
 * What the kernel charges on this machine for the two things an HTTP call needs and an in-memory engine call does
 * not: a system call, and handing work to another thread and back. gcc -O2 -pthread bench/syscost.c -o /tmp/syscost
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

enum { SYSCALLS = 2000000, ROUND_TRIPS = 200000 };
static int there[2], back[2];

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void *echo(void *unused) {
    char c;
    for (int i = 0; i < ROUND_TRIPS; i++) {
        if (read(there[0], &c, 1) != 1 || write(back[1], &c, 1) != 1) break;
    }
    return unused;
}

int main(void) {
    double start = now();
    for (int i = 0; i < SYSCALLS; i++) syscall(SYS_getppid);
    printf("system call (getppid):                       %6.0f ns\n", (now() - start) / SYSCALLS * 1e9);
    if (pipe(there) || pipe(back)) return 1;
    pthread_t thread;
    pthread_create(&thread, NULL, echo, NULL);
    char c = 'x';
    start = now();
    for (int i = 0; i < ROUND_TRIPS; i++) {
        if (write(there[1], &c, 1) != 1 || read(back[0], &c, 1) != 1) return 1;
    }
    printf("round trip to another thread over pipes:     %6.1f us\n", (now() - start) / ROUND_TRIPS * 1e6);
    pthread_join(thread, NULL);
    return 0;
}
