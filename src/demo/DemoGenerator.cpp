#include "demo/DemoGenerator.h"

#include "demo/DemoHttp.h"
#include "demo/DemoImages.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace callpad {

using namespace Qt::StringLiterals;

namespace {

uint hashOf(const QString &text)
{
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    return (uint(uchar(h.at(0))) << 16) | (uint(uchar(h.at(1))) << 8) | uint(uchar(h.at(2)));
}

QString pick(const QStringList &options, uint hash, uint salt = 0)
{
    return options.at(int((hash / (salt + 1) + salt) % uint(options.size())));
}

QString titleCase(const QString &text)
{
    QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        word[0] = word.at(0).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

DemoGenerator::DemoGenerator(DemoImages &images) : m_images(images) { }

QString DemoGenerator::field(const QJsonValue &input, const QString &key)
{
    if (input.isString()) {
        return input.toString();
    }
    if (input.isObject()) {
        const QJsonValue value = input.toObject().value(key);
        return value.isString() ? value.toString() : QString();
    }
    return {};
}

DemoAnswer DemoGenerator::answer(const DemoFunction &function, const DemoRevision &revision,
                                 const QJsonValue &input, const QUrl &imagesBase)
{
    DemoAnswer result;
    switch (function.kind) {
    case DemoKind::Text:
        result.message = markdownNote(input, revision, function.name);
        break;
    case DemoKind::Structured:
        result.jsonPayload = person(field(input, u"text"_s));
        break;
    case DemoKind::Image:
        result = paint(input, imagesBase);
        break;
    case DemoKind::Story:
        result.message = story(input, revision);
        break;
    }
    return result;
}

QString DemoGenerator::markdownNote(const QJsonValue &input, const DemoRevision &revision,
                                    const QString &functionName)
{
    QString topic = field(input, u"topic"_s).simplified();
    if (topic.isEmpty()) {
        topic = input.isUndefined() || input.isNull()
                ? u"nothing in particular"_s
                : QString::fromUtf8(DemoHttp::compactJson(input)).left(60);
    }
    QString tone = field(input, u"tone"_s).simplified();
    if (tone.isEmpty() || input.isString()) {
        tone = u"friendly"_s;
    }
    const uint h = hashOf(topic);
    const QString quality = pick({ u"surprisingly deep"_s, u"practical"_s, u"easy to start with"_s,
                                   u"older than it looks"_s, u"full of small details"_s },
                                 h);
    const QString first = pick({ u"breakfast"_s, u"the commute"_s, u"a rainy afternoon"_s,
                                 u"the office"_s, u"a long weekend"_s },
                               h, 3);
    const QString second = pick({ u"late-night reading"_s, u"a walk in the park"_s,
                                  u"a team meeting"_s, u"the kitchen table"_s },
                                h, 7);
    QString text = u"# "_s + titleCase(topic) + u"\n\n*A "_s + tone + u" note on **"_s + topic
            + u"**.*\n\n## Key points\n\n- **What it is**: "_s + topic + u" is "_s + quality
            + u".\n- **Why it matters**: it shows up everywhere, from "_s + first + u" to "_s
            + second + u".\n- **How to start**: pick one small part of "_s + topic
            + u" and try it today.\n"_s;
    if (revision.number >= 2) {
        text += u"- **Watch out for**: doing everything at once.\n"_s;
    }
    text += u"\n## Example\n\n```text\ntopic: "_s + topic + u"\ntone:  "_s + tone + u"\nwords: "_s
            + QString::number(topic.split(QLatin1Char(' ')).size()) + u"\n```\n"_s;
    if (revision.number >= 3) {
        text += u"\n> Written by revision "_s + QString::number(revision.number) + u" of "_s
                + functionName + u".\n"_s;
    }
    return text;
}

QJsonObject DemoGenerator::person(const QString &text)
{
    static const QRegularExpression emailRe(
            u"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"_s);
    static const QRegularExpression ageRe(u"\\b(\\d{1,3})\\b"_s);
    static const QRegularExpression nameRe(u"\\b([A-Z][a-z]+)\\s+([A-Z][a-z]+)\\b"_s);
    static const QRegularExpression cityRe(
            u"\\b(?:in|from|at)\\s+([A-Z][a-zA-Z]+(?:\\s[A-Z][a-zA-Z]+)?)"_s);
    static const QStringList notNames { u"The"_s,  u"In"_s,   u"My"_s,   u"Her"_s,
                                        u"His"_s,  u"Our"_s,  u"Call"_s, u"Mail"_s,
                                        u"Dear"_s, u"From"_s, u"At"_s };
    const uint h = hashOf(text);

    QJsonArray emails;
    QString rest = text;
    for (auto it = emailRe.globalMatch(text); it.hasNext();) {
        const QString email = it.next().captured(0);
        emails.append(email);
        rest.replace(email, u" "_s);
    }

    QString name;
    for (auto it = nameRe.globalMatch(rest); it.hasNext() && name.isEmpty();) {
        const auto m = it.next();
        if (!notNames.contains(m.captured(1))) {
            name = m.captured(1) + u' ' + m.captured(2);
        }
    }
    if (name.isEmpty()) {
        name = pick({ u"Ada Lovelace"_s, u"Alan Turing"_s, u"Grace Hopper"_s, u"Linus Pauling"_s,
                      u"Margaret Hamilton"_s },
                    h);
    }

    int age = 20 + int(h % 50);
    for (auto it = ageRe.globalMatch(rest); it.hasNext();) {
        const int value = it.next().captured(1).toInt();
        if (value > 0 && value < 130) {
            age = value;
            break;
        }
    }

    const auto cityMatch = cityRe.match(rest);
    const QString city = cityMatch.hasMatch()
            ? cityMatch.captured(1)
            : pick({ u"Stockholm"_s, u"Lisbon"_s, u"Montreal"_s, u"Kyoto"_s, u"Nairobi"_s }, h, 5);

    if (emails.isEmpty()) {
        emails.append(QString(name.toLower().replace(QLatin1Char(' '), QLatin1Char('.'))
                              + u"@example.com"_s));
    }
    return QJsonObject { { u"name"_s, name },
                         { u"age"_s, age },
                         { u"emails"_s, emails },
                         { u"address"_s, QJsonObject { { u"city"_s, city } } } };
}

QString DemoGenerator::story(const QJsonValue &input, const DemoRevision &revision)
{
    QString premise = field(input, u"premise"_s).simplified();
    if (premise.isEmpty()) {
        premise = u"a lighthouse that forgot how to shine"_s;
    }
    QString hero = field(input, u"hero"_s).simplified();
    if (hero.isEmpty() || input.isString()) {
        hero = pick({ u"Mira"_s, u"Tomas"_s, u"Juniper"_s, u"Oskar"_s, u"Leila"_s },
                    hashOf(premise));
    }
    const QStringList chapters { u"The Question"_s, u"The Road"_s, u"The Storm"_s, u"The Answer"_s,
                                 u"The Way Home"_s };
    const QStringList places { u"the harbour"_s, u"the old library"_s, u"the northern ridge"_s,
                               u"the market square"_s, u"the quiet bay"_s };
    const int count = revision.number >= 3 ? 5 : 3;
    const QStringList ordinals { u"second"_s, u"third"_s, u"fourth"_s, u"fifth"_s, u"sixth"_s };
    QString text = u"# "_s + titleCase(premise) + u"\n\n"_s;
    for (int i = 0; i < count; ++i) {
        const QString &place = places.at(i);
        text += u"## Chapter "_s + QString::number(i + 1) + u": "_s + chapters.at(i) + u"\n\n"_s;
        text += hero + u" had heard the stories about "_s + premise
                + u" since childhood, but "
                  "nobody in "_s
                + place + u" had ever asked what it wanted. On the "_s + ordinals.at(i)
                + u" morning of the season, "_s + hero
                + u" packed a notebook, a lantern and **far too many sandwiches**, and set "
                  "out to find out.\n\n"_s;
        text += u"The wind carried voices from "_s + place
                + u". Some were kind, some were "
                  "*very* loud, and one kept repeating the same sentence, as if it were "
                  "practising. "_s
                + hero
                + u" wrote every word down, because small things, "
                  "written down, have a way of becoming large things later.\n\n"_s;
        text += u"> \"Every answer starts as a question someone was brave enough to ask.\"\n\n"_s;
    }
    text += u"---\n\n*The end.*\n"_s;
    return text;
}

DemoAnswer DemoGenerator::paint(const QJsonValue &input, const QUrl &imagesBase)
{
    QString prompt = field(input, u"prompt"_s).simplified();
    if (prompt.isEmpty()) {
        prompt = u"an empty canvas"_s;
    }
    int count = 3;
    if (input.isObject() && input.toObject().value(u"count"_s).isDouble()) {
        count = std::clamp(input.toObject().value(u"count"_s).toInt(3), 1, 3);
    }
    DemoAnswer result;
    result.imageCount = count;
    // Opper returns either URLs or base64; the demo mixes every form so clients handle all.
    for (int i = 0; i < count; ++i) {
        const QString name = m_images.publish(prompt, i);
        const QByteArray base64 = m_images.find(name).value_or(QByteArray()).toBase64();
        switch (i % 3) {
        case 0:
            result.images.append(QString::fromLatin1(base64));
            break;
        case 1:
            result.images.append(u"data:image/png;base64,"_s + QString::fromLatin1(base64));
            break;
        default:
            result.images.append(imagesBase.toString() + u"/demo-images/"_s + name + u".png"_s);
            break;
        }
    }
    result.message = u"Painted %1 image(s) of \"%2\"."_s.arg(count).arg(prompt);
    return result;
}

} // namespace callpad
