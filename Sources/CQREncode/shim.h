#ifndef KASHDASH_CQRENCODE_SHIM_H
#define KASHDASH_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
