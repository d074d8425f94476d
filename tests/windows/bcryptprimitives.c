/* A stand-in for bcryptprimitives.dll, for the Wine test prefix ONLY (never
 * shipped: every supported Windows has the real one). Rust's standard library
 * imports ProcessPrng from it since Rust 1.78; Debian's Wine 8 has no such DLL,
 * so no Rust .exe starts under it. RtlGenRandom (advapi32!SystemFunction036)
 * gives the same thing: bytes from the system's random generator. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!RtlGenRandom(data, n)) return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
