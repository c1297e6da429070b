# SPDX-License-Identifier: GPL-3.0-or-later
# English source strings; zh_CN embedded in the executable and picked from the system locale.
# `cmake --build <dir> --target update_translations` runs lupdate over core, ui and app.
qt_add_translations(chiptrace
    SOURCE_TARGETS chiptrace chiptrace_core chiptrace_ui
    TS_FILES "${PROJECT_SOURCE_DIR}/translations/chiptrace_zh_CN.ts"
    RESOURCE_PREFIX "/i18n"
    LUPDATE_OPTIONS -no-obsolete -locations none)
