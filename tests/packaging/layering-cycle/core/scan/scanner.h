// SPDX-License-Identifier: GPL-3.0-or-later
// A scanner that needs the case store: with casefile/casefile.h, the cycle of issue 18.
#pragma once
#include "casefile/casefile.h"
