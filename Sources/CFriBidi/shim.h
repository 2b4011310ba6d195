#ifndef KASHDASH_CFRIBIDI_SHIM_H
#define KASHDASH_CFRIBIDI_SHIM_H
#include <fribidi.h>

// The paragraph directions are macro-built enum values; named here so Swift sees them plainly.
static inline FriBidiParType kashdash_fribidi_par_rtl(void) { return FRIBIDI_PAR_RTL; }
static inline FriBidiParType kashdash_fribidi_par_ltr(void) { return FRIBIDI_PAR_LTR; }
#endif
