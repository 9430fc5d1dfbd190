#pragma once
// What every list table of the app shares: whole rows selected one at a time, read-only, one line a row of
// a height that fits Chinese text, and a centred, greyed label shown in its place when the list is empty.
class QLabel;
class QTableView;

namespace ListViews {
void setUp(QTableView *view);
QLabel *emptyState(); // named "emptyState", which the GUI tests look for
} // namespace ListViews
