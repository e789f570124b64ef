#pragma once

#include "PackSection.h"
#include "PackTable.h"

#include <QList>
#include <QStringList>

namespace stuurboord {

// One piece of a pack section, in reading order: a paragraph, a muted note (what a figure
// covers), a bulleted list, a table, a KPI chart (an index into MeetingPack::charts) or a
// subheading.
struct PackBlock
{
    enum class Kind
    {
        Paragraph,
        Note,
        Bullets,
        Table,
        Chart,
        Subheading
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QStringList items;
    PackTable table;
    int chart = -1;

    static PackBlock paragraph(const QString& text) { return PackBlock{Kind::Paragraph, text, {}, {}, -1}; }
    static PackBlock note(const QString& text) { return PackBlock{Kind::Note, text, {}, {}, -1}; }
    static PackBlock subheading(const QString& text) { return PackBlock{Kind::Subheading, text, {}, {}, -1}; }
    static PackBlock bullets(const QStringList& items) { return PackBlock{Kind::Bullets, {}, items, {}, -1}; }
    static PackBlock ofTable(const PackTable& table) { return PackBlock{Kind::Table, {}, {}, table, -1}; }
    static PackBlock ofChart(int index) { return PackBlock{Kind::Chart, {}, {}, {}, index}; }
};

// One section of the pack: its heading and blocks.
struct PackPart
{
    PackSection section = PackSection::Summary;
    QString heading;
    QList<PackBlock> blocks;
};

} // namespace stuurboord
