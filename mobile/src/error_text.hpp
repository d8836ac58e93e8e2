// The one place where error codes of the core (ronde::Error: store,
// validation, codec, sync) become sentences a gendarme can act on, in the
// current UI language. The UI never shows a raw code.
#pragma once

#include "ronde/error.hpp"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace ronde::app {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // A whole sentence for `error` ("La note est trop longue : 4 000
    // caractères au plus."). Unknown codes get a generic sentence.
    static QString sentence(const Error& error);
    // The name of a record field as the forms label it ("le téléphone"),
    // empty for fields the forms do not show.
    static QString fieldName(const std::string& field);
    // The sentence of a failed sign-in: the same as sentence(), except where
    // signing in says more (no answer: check the address).
    static QString signInSentence(const Error& error);
};

// What a form shows of its errors: one sentence per form field, and one for
// the whole form. Owned by the form's controller.
struct FormErrors {
    QVariantMap fields;  // form field name -> sentence
    QString text;        // not about one field

    // Puts the sentence of `error` under `formField`, or in `text` when
    // `formField` is empty.
    void add(const Error& error, const QString& formField);
    // Empties both; true when there was something to clear.
    bool clear();
};

}  // namespace ronde::app
