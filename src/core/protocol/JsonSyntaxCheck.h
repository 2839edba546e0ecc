#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace callpad {

// A strict RFC 8259 syntax check that names the exact character at fault. QJsonParseError's
// offsets are often one token late and Qt accepts things the API rejects, so JsonText runs this
// first and lets QJsonDocument build the value only from text known to be valid.
class JsonSyntaxCheck final
{
    Q_DECLARE_TR_FUNCTIONS(callpad::JsonSyntaxCheck)

public:
    explicit JsonSyntaxCheck(QStringView text);

    bool check();
    qsizetype errorOffset() const { return m_errorOffset; }
    QString errorMessage() const { return m_errorMessage; }
    bool isEmpty() const { return m_empty; }

    // Nesting deeper than this is refused before QJsonDocument's own limit would be reached.
    static constexpr int kMaxDepth = 512;

private:
    bool fail(qsizetype offset, const QString &message);
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar current() const { return m_text.at(m_pos); }
    void skipWhitespace();
    bool value(int depth);
    bool array(int depth);
    bool object(int depth);
    bool string();
    bool number();
    bool word();
    bool unexpected(const QString &expected);

    QStringView m_text;
    qsizetype m_pos = 0;
    qsizetype m_errorOffset = -1;
    QString m_errorMessage;
    bool m_empty = false;
};

} // namespace callpad
