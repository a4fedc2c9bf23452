#include "redactor.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

void Redactor::addForm(const QString &form)
{
    // Shorter strings would also hide ordinary words and digits in the text around them.
    if (form.size() >= 3)
        m_forms.insert(form);
}

void Redactor::addSecret(const QString &secret)
{
    for (const QString &form : {secret, secret.trimmed()}) {
        addForm(form);
        addForm(QString::fromLatin1(form.toUtf8().toBase64()));
        addForm(QString::fromLatin1(QUrl::toPercentEncoding(form)));
    }
}

void Redactor::addRequest(const HttpRequestSpec &request)
{
    for (const QByteArray &name : request.secretHeaders) {
        const QString value = QString::fromUtf8(request.header(name)).trimmed();
        addForm(value);
        if (value.contains(QLatin1Char(' ')))
            addForm(value.section(QLatin1Char(' '), 1).trimmed());
    }
    // A proxy's user name and password are credentials like any other.
    if (!request.transport.proxy.isEmpty()) {
        const QUrl proxy(request.transport.proxy);
        addForm(proxy.password(QUrl::FullyDecoded));
        addForm(proxy.password(QUrl::FullyEncoded));
        if (!proxy.userInfo().isEmpty())
            addForm(proxy.userInfo(QUrl::FullyEncoded));
    }
    addForm(request.transport.keyPassword);
    const QUrlQuery query(request.url);
    for (const QByteArray &key : request.secretQueryItems) {
        const QString name = QString::fromUtf8(key);
        addForm(query.queryItemValue(name, QUrl::FullyDecoded));
        addForm(query.queryItemValue(name, QUrl::FullyEncoded));
    }
}

QString Redactor::redact(const QString &input) const
{
    QString text = input;
    if (!m_forms.isEmpty()) {
        QStringList forms = m_forms.values();
        // Longest first, so a header value is replaced whole before the secret inside it.
        std::sort(forms.begin(), forms.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &form : std::as_const(forms))
            text.replace(form, kMark);
    }
    return withoutCredentials(text);
}

QStringList Redactor::redact(const QStringList &texts) const
{
    QStringList result;
    result.reserve(texts.size());
    for (const QString &text : texts)
        result << redact(text);
    return result;
}

QString Redactor::withoutCredentials(const QString &text)
{
    // A credential after a scheme word: base64 or token characters (JSON may escape '/' as
    // "\/"). All-lowercase words ("Basic authentication") are prose, not credentials.
    static const QRegularExpression credential(
        QStringLiteral("\\b(Basic|Bearer|Digest|Token|Negotiate)(\\s+)([A-Za-z0-9+/=._~\\\\-]{8,})"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prose(QStringLiteral("^[a-z]+$"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = credential.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (prose.match(match.captured(3)).hasMatch() || match.captured(3) == kMark)
            continue;
        result += QStringView(text).mid(last, match.capturedStart(3) - last);
        result += kMark;
        last = match.capturedEnd(3);
    }
    if (last == 0)
        return text;
    result += QStringView(text).mid(last);
    return result;
}

QByteArray Redactor::headerValue(const HttpRequestSpec &request, const QByteArray &name)
{
    for (const QByteArray &secret : request.secretHeaders)
        if (secret.compare(name, Qt::CaseInsensitive) == 0)
            return QByteArray(kMark.data(), kMark.size());
    return request.header(name);
}

QString Redactor::url(const HttpRequestSpec &request)
{
    if (request.secretQueryItems.isEmpty())
        return request.url.toString(QUrl::FullyEncoded);
    QUrl shown = request.url;
    QUrlQuery query(request.url);
    for (const QByteArray &key : request.secretQueryItems) {
        const QString name = QString::fromUtf8(key);
        const int count = int(query.allQueryItemValues(name).size());
        if (count == 0)
            continue;
        query.removeAllQueryItems(name);
        for (int i = 0; i < count; ++i)
            query.addQueryItem(name, kMark);
    }
    shown.setQuery(query);
    return shown.toString(QUrl::FullyEncoded);
}

QString Redactor::requestText(const HttpRequestSpec &request)
{
    QString text = QString::fromLatin1(request.method) + QLatin1Char(' ') + url(request) + QLatin1Char('\n');
    for (const auto &[name, value] : request.headers)
        text += QString::fromLatin1(name) + QLatin1String(": ") +
                QString::fromUtf8(headerValue(request, name)) + QLatin1Char('\n');
    if (!request.body.isEmpty())
        text += QLatin1Char('\n') + QString::fromUtf8(request.body) + QLatin1Char('\n');
    return text;
}
