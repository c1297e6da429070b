// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Added to testpch.h for the tests of chiptrace_ui: the widget headers they share.

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QWidget>
