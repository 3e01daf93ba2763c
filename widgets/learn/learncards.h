#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sloop::widgets {

// One topic on the Learn page: what a cloud idea is, what it becomes in
// Sloop, and which page lets the reader try it.
struct LearnCard
{
    QString id;
    QString title;
    QString whatItIs;
    QString inSloop;
    QString tryPageId;
    // A function template "Try it" creates (and the Functions page then
    // invokes with one click); empty: Try it only opens tryPageId.
    QString tryFunctionTemplate = {};
    // Try it makes the sample API (a function behind GET /hello with a key)
    // and opens the APIs page ready to send a request.
    bool trySampleApi = false;
    // A second button runs Batch's word-count sample (an array of 10
    // children counting words in 10 files) on the Batch page.
    bool tryBatchSample = false;
};

// Every card, in reading order, with translated text.
QList<LearnCard> learnCards();

// The card with `id`, or an empty card (empty id) when there is none.
LearnCard learnCard(const QString &id);

// The page ids a card (or a placeholder) may point at.
QStringList navigationPageIds();

} // namespace sloop::widgets
