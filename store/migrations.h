#pragma once
// The ordered list of schema upgrades. Step N brings a file from version N-1 to N; steps are never edited
// once released, only appended, so a file of any earlier version can be brought forward.
#include <QStringList>
#include <vector>

struct Migration
{
    int version;
    const char *summary;
    QStringList statements;
};

const std::vector<Migration> &schemaMigrations();
