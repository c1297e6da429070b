# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in a build directory produces an installable Debian package; dependencies come
# from dpkg-shlibdeps over the installed binaries, so they match the libraries it was built on.
set(CPACK_PACKAGE_NAME "chiptrace")
set(CPACK_PACKAGE_VENDOR "The ChipTrace developers")
set(CPACK_PACKAGE_CONTACT "ChipTrace developers <dev@chiptrace.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)
include(CPack)
