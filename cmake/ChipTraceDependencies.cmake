# SPDX-License-Identifier: GPL-3.0-or-later
# Every dependency here is part of the product: none is optional, none is stubbed.
find_package(Qt6 6.7 REQUIRED COMPONENTS Core Gui Widgets Charts Concurrent Svg Test LinguistTools DBus)
set_package_properties(Qt6 PROPERTIES TYPE REQUIRED
    DESCRIPTION "Application framework (Core, Gui, Widgets, Charts, Concurrent, Svg, Test)" URL "https://www.qt.io")
qt_standard_project_setup(REQUIRES 6.7)

find_package(KF6SyntaxHighlighting 6.0 REQUIRED)
set_package_properties(KF6SyntaxHighlighting PROPERTIES TYPE REQUIRED
    DESCRIPTION "Syntax tokeniser and highlighter for the code viewer and hit contexts"
    URL "https://invent.kde.org/frameworks/syntax-highlighting")

find_package(PkgConfig REQUIRED)

pkg_check_modules(LIBGIT2 REQUIRED IMPORTED_TARGET libgit2>=1.7)
add_feature_info("libgit2 ${LIBGIT2_VERSION}" LIBGIT2_FOUND "clone, fetch and history walking")

pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3>=3.35)
add_feature_info("SQLite ${SQLITE3_VERSION}" SQLITE3_FOUND "case files")

pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq>=15)
add_feature_info("libpq ${LIBPQ_VERSION}" LIBPQ_FOUND "cases on a PostgreSQL server")

# Vectorscan is the portable fork of Hyperscan: one compiled multi-pattern database for all rules.
pkg_check_modules(VECTORSCAN REQUIRED IMPORTED_TARGET libhs>=5.4)
add_feature_info("Vectorscan ${VECTORSCAN_VERSION}" VECTORSCAN_FOUND "multi-pattern matching of signatures")

find_package(yaml-cpp 0.7 REQUIRED)
set_package_properties(yaml-cpp PROPERTIES TYPE REQUIRED DESCRIPTION "Signature pack parser")

pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6>=22.0)
add_feature_info("poppler-qt6 ${POPPLER_QT6_VERSION}" POPPLER_QT6_FOUND "paper (PDF) importer")

find_package(Qt6Keychain REQUIRED)
set_package_properties(Qt6Keychain PROPERTIES TYPE REQUIRED DESCRIPTION "Credentials from the system keychain")

pkg_check_modules(LIBARCHIVE REQUIRED IMPORTED_TARGET libarchive>=3.6)
add_feature_info("libarchive ${LIBARCHIVE_VERSION}" LIBARCHIVE_FOUND "WACZ and case bundles")

find_package(ZLIB REQUIRED)
set_package_properties(ZLIB PROPERTIES TYPE REQUIRED DESCRIPTION "gzip WARC members and HTTP payloads")
