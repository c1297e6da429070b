// SPDX-License-Identifier: GPL-3.0-or-later
// The vocabulary is a leaf: even a module below it may not be included.
#pragma once
#include <util/result.h>
