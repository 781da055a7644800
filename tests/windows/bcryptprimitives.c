/* A test-only stand-in for Windows' bcryptprimitives.dll, which Rust's standard library links
 * for its random numbers and which Wine 8 does not have. It answers the one function std calls
 * with the same system generator, through the bcrypt.dll that Wine does have. Built with
 * mingw by tests/windows.rs and put beside knead.exe; never shipped. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    return BCryptGenRandom(NULL, data, (ULONG)len, BCRYPT_USE_SYSTEM_PREFERRED_RNG) == 0;
}
