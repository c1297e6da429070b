// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnel/constraint.h"

#include "catalog/catalog.h"
#include "funnel/constraintproperties.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;
using ChipTrace::Catalog::Accelerator;
using ChipTrace::Catalog::Availability;

namespace ChipTrace::Funnel {

using namespace Detail;

namespace { } // namespace


struct ConstraintNode
{
    enum class Kind {
        And,
        Or,
        Not,
        Compare,
        In,
        Flag
    } kind = Kind::Flag;
    std::shared_ptr<const ConstraintNode> left, right;
    Property property;
    QString op;
    QStringList values;
};

namespace {

using NodePtr = std::shared_ptr<const ConstraintNode>;

struct Token
{
    enum class Kind {
        Word,
        String,
        Op,
        LParen,
        RParen,
        LBracket,
        RBracket,
        Comma,
        End
    } kind = Kind::End;
    QString text;
    int column = 0; // 1-based
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u'+';
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    Result<NodePtr> parse()
    {
        if (QString e = tokenize(); !e.isEmpty())
            return error(e);
        auto node = parseOr();
        if (!node)
            return node;
        if (peek().kind != Token::Kind::End)
            return errorAt(peek(),
                QCoreApplication::translate("Funnel", "expected 'and', 'or' or the end, found '%1'")
                    .arg(peek().text));
        return node;
    }
    int errorColumn() const { return m_errorColumn; }

private:
    QString tokenize()
    {
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n;) {
            const QChar c = m_text.at(i);
            const int column = int(i) + 1;
            if (c.isSpace()) {
                ++i;
                continue;
            }
            static const QHash<QChar, Token::Kind> single = {{u'(', Token::Kind::LParen},
                {u')', Token::Kind::RParen}, {u'[', Token::Kind::LBracket},
                {u']', Token::Kind::RBracket}, {u',', Token::Kind::Comma}};
            if (single.contains(c)) {
                m_tokens.append({single.value(c), QString(c), column});
                ++i;
            } else if (c == u'"' || c == u'\'') {
                const qsizetype end = m_text.indexOf(c, i + 1);
                if (end < 0) {
                    m_errorColumn = column;
                    return QCoreApplication::translate(
                        "Funnel", "column %1: the quoted text is not closed")
                        .arg(column);
                }
                m_tokens.append({Token::Kind::String, m_text.mid(i + 1, end - i - 1), column});
                i = end + 1;
            } else if (c == u'=' || c == u'!' || c == u'<' || c == u'>') {
                QString op(c);
                if (i + 1 < n && m_text.at(i + 1) == u'=')
                    op += u'=';
                if (op == u"!") {
                    m_errorColumn = column;
                    return QCoreApplication::translate(
                        "Funnel", "column %1: '!' must be followed by '=' (use 'not' to negate)")
                        .arg(column);
                }
                m_tokens.append({Token::Kind::Op, op == u"==" ? u"="_s : op, column});
                i += op.size();
            } else if (isWordChar(c)) {
                qsizetype j = i;
                while (j < n && isWordChar(m_text.at(j)))
                    ++j;
                m_tokens.append({Token::Kind::Word, m_text.mid(i, j - i), column});
                i = j;
            } else {
                m_errorColumn = column;
                return QCoreApplication::translate("Funnel", "column %1: unexpected character '%2'")
                    .arg(column)
                    .arg(c);
            }
        }
        m_tokens.append(
            {Token::Kind::End, QCoreApplication::translate("Funnel", "end of text"), int(n) + 1});
        return {};
    }

    const Token &peek() const { return m_tokens.at(m_pos); }
    Token take() { return m_tokens.at(m_pos++); }
    bool isKeyword(const Token &t, const char *kw) const
    {
        return t.kind == Token::Kind::Word
            && t.text.compare(QLatin1String(kw), Qt::CaseInsensitive) == 0;
    }
    Error error(const QString &message) { return fail(ErrorCode::Parse, message); }
    Error errorAt(const Token &t, const QString &message)
    {
        m_errorColumn = t.column;
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("Funnel", "column %1: %2").arg(t.column).arg(message));
    }

    NodePtr binary(ConstraintNode::Kind kind, NodePtr l, NodePtr r)
    {
        auto node = std::make_shared<ConstraintNode>();
        node->kind = kind;
        node->left = std::move(l);
        node->right = std::move(r);
        return node;
    }

    Result<NodePtr> parseOr()
    {
        auto left = parseAnd();
        if (!left)
            return left;
        NodePtr node = *left;
        while (isKeyword(peek(), "or")) {
            take();
            auto right = parseAnd();
            if (!right)
                return right;
            node = binary(ConstraintNode::Kind::Or, node, *right);
        }
        return node;
    }

    Result<NodePtr> parseAnd()
    {
        auto left = parseUnary();
        if (!left)
            return left;
        NodePtr node = *left;
        while (isKeyword(peek(), "and")) {
            take();
            auto right = parseUnary();
            if (!right)
                return right;
            node = binary(ConstraintNode::Kind::And, node, *right);
        }
        return node;
    }

    Result<NodePtr> parseUnary()
    {
        if (isKeyword(peek(), "not")) {
            take();
            auto inner = parseUnary();
            if (!inner)
                return inner;
            return binary(ConstraintNode::Kind::Not, *inner, nullptr);
        }
        if (peek().kind == Token::Kind::LParen) {
            take();
            auto inner = parseOr();
            if (!inner)
                return inner;
            if (peek().kind != Token::Kind::RParen)
                return errorAt(peek(),
                    QCoreApplication::translate("Funnel", "expected ')', found '%1'")
                        .arg(peek().text));
            take();
            return inner;
        }
        return parseClause();
    }

    Result<QString> parseValue(const Property &p)
    {
        const Token t = peek();
        if (t.kind != Token::Kind::Word && t.kind != Token::Kind::String)
            return errorAt(t,
                QCoreApplication::translate("Funnel", "expected a value for '%1', found '%2'")
                    .arg(p.name, t.text));
        take();
        if (p.type == Type::Number) {
            bool ok = false;
            t.text.toDouble(&ok);
            if (!ok)
                return errorAt(t,
                    QCoreApplication::translate("Funnel", "'%1' is a number; '%2' is not one")
                        .arg(p.name, t.text));
        } else if (p.type == Type::Bool) {
            const QString v = t.text.toLower();
            if (v != u"yes" && v != u"no" && v != u"true" && v != u"false" && v != u"y"
                && v != u"n")
                return errorAt(t,
                    QCoreApplication::translate("Funnel", "'%1' is yes or no; '%2' is neither")
                        .arg(p.name, t.text));
        }
        return t.text;
    }

    Result<NodePtr> parseList(std::shared_ptr<ConstraintNode> node)
    {
        if (peek().kind != Token::Kind::LBracket)
            return errorAt(
                peek(), QCoreApplication::translate("Funnel", "expected '[' after 'in'"));
        take();
        while (true) {
            auto value = parseValue(node->property);
            if (!value)
                return value.error();
            node->values.append(*value);
            if (peek().kind == Token::Kind::Comma) {
                take();
                continue;
            }
            if (peek().kind == Token::Kind::RBracket) {
                take();
                return NodePtr(node);
            }
            return errorAt(peek(),
                QCoreApplication::translate("Funnel", "expected ',' or ']' in the list, found '%1'")
                    .arg(peek().text));
        }
    }

    Result<NodePtr> parseClause()
    {
        const Token name = peek();
        if (name.kind != Token::Kind::Word || isKeyword(name, "and") || isKeyword(name, "or")
            || isKeyword(name, "in"))
            return errorAt(name,
                QCoreApplication::translate(
                    "Funnel", "expected a property, 'not' or '(', found '%1'")
                    .arg(name.text));
        take();
        const auto property = findProperty(name.text.toLower());
        if (!property) {
            return errorAt(name,
                QCoreApplication::translate("Funnel", "unknown property '%1'; known: %2")
                    .arg(name.text,
                        (Constraint::knownProperties() + Constraint::knownFlags()).join(u", "_s)));
        }
        auto node = std::make_shared<ConstraintNode>();
        node->property = *property;
        if (isKeyword(peek(), "in")) {
            take();
            node->kind = ConstraintNode::Kind::In;
            return parseList(node);
        }
        if (peek().kind != Token::Kind::Op) {
            if (property->type != Type::Bool)
                return errorAt(peek(),
                    QCoreApplication::translate(
                        "Funnel", "expected an operator (= != < <= > >= in) after '%1'")
                        .arg(name.text));
            node->kind = ConstraintNode::Kind::Flag;
            return NodePtr(node);
        }
        const Token op = take();
        if (property->type != Type::Number && op.text != u"=" && op.text != u"!=")
            return errorAt(op,
                QCoreApplication::translate(
                    "Funnel", "'%1' compares numbers; '%2' takes = or != or in")
                    .arg(op.text, name.text));
        node->kind = ConstraintNode::Kind::Compare;
        node->op = op.text;
        auto value = parseValue(*property);
        if (!value)
            return value.error();
        node->values.append(*value);
        return NodePtr(node);
    }

    QString m_text;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_errorColumn = 0;
};

Truth fromBoolean(bool b)
{
    return b ? Truth::True : Truth::False;
}

Truth kleeneNot(Truth t)
{
    return t == Truth::Unknown ? t : fromBoolean(t == Truth::False);
}

bool textEquals(const Property &p, const Value &v, const QString &wanted, const Accelerator &chip)
{
    if (p.name == u"interconnect")
        return v.text.contains(wanted, Qt::CaseInsensitive);
    if (p.name == u"name") {
        const QString key = Catalog::Catalog::normalizeName(wanted);
        if (Catalog::Catalog::normalizeName(chip.name) == key
            || Catalog::Catalog::normalizeName(chip.id) == key)
            return true;
        for (const QString &alias : chip.aliases) {
            if (Catalog::Catalog::normalizeName(alias) == key)
                return true;
        }
        return false;
    }
    return Catalog::Catalog::normalizeName(v.text) == Catalog::Catalog::normalizeName(wanted);
}

bool boolValue(const QString &s)
{
    const QString v = s.toLower();
    return v == u"yes" || v == u"true" || v == u"y";
}

bool matchesOne(
    const ConstraintNode &n, const Value &v, const QString &wanted, const Accelerator &chip)
{
    switch (n.property.type) {
    case Type::Number:
        return qFuzzyCompare(v.number + 1.0, wanted.toDouble() + 1.0);
    case Type::Bool:
        return v.boolean == boolValue(wanted);
    case Type::Text:
        return textEquals(n.property, v, wanted, chip);
    }
    return false;
}

Truth evaluateLeaf(const ConstraintNode &n, const Accelerator &chip)
{
    const Value v = n.property.read(chip);
    if (v.availability == Availability::Unknown)
        return Truth::Unknown;
    const bool notApplicable = v.availability == Availability::NotApplicable;
    if (n.kind == ConstraintNode::Kind::Flag)
        return fromBoolean(!notApplicable && v.boolean);
    if (notApplicable)
        return fromBoolean(n.op == u"!=");
    if (n.kind == ConstraintNode::Kind::In) {
        for (const QString &wanted : n.values) {
            if (matchesOne(n, v, wanted, chip))
                return Truth::True;
        }
        return Truth::False;
    }
    const QString &wanted = n.values.first();
    if (n.op == u"=")
        return fromBoolean(matchesOne(n, v, wanted, chip));
    if (n.op == u"!=")
        return fromBoolean(!matchesOne(n, v, wanted, chip));
    const double x = v.number;
    const double y = wanted.toDouble();
    const bool equal = qFuzzyCompare(x + 1.0, y + 1.0);
    if (n.op == u"<")
        return fromBoolean(x < y && !equal);
    if (n.op == u"<=")
        return fromBoolean(x < y || equal);
    if (n.op == u">")
        return fromBoolean(x > y && !equal);
    return fromBoolean(x > y || equal);
}

Truth evaluateNode(const ConstraintNode &n, const Accelerator &chip)
{
    switch (n.kind) {
    case ConstraintNode::Kind::Not:
        return kleeneNot(evaluateNode(*n.left, chip));
    case ConstraintNode::Kind::And: {
        const Truth l = evaluateNode(*n.left, chip);
        const Truth r = evaluateNode(*n.right, chip);
        if (l == Truth::False || r == Truth::False)
            return Truth::False;
        return l == Truth::True && r == Truth::True ? Truth::True : Truth::Unknown;
    }
    case ConstraintNode::Kind::Or: {
        const Truth l = evaluateNode(*n.left, chip);
        const Truth r = evaluateNode(*n.right, chip);
        if (l == Truth::True || r == Truth::True)
            return Truth::True;
        return l == Truth::False && r == Truth::False ? Truth::False : Truth::Unknown;
    }
    default:
        return evaluateLeaf(n, chip);
    }
}

QString leafText(const ConstraintNode &n)
{
    auto quote = [](const QString &v) -> QString {
        for (const QChar c : v) {
            if (!isWordChar(c))
                return u'"' + v + u'"';
        }
        return v;
    };
    switch (n.kind) {
    case ConstraintNode::Kind::Flag:
        return n.property.name;
    case ConstraintNode::Kind::In: {
        QStringList values;
        for (const QString &v : n.values)
            values.append(quote(v));
        return n.property.name + u" in ["_s + values.join(u", "_s) + u']';
    }
    default:
        return n.property.name + u' ' + n.op + u' ' + quote(n.values.first());
    }
}

QString canonicalNode(const ConstraintNode &n)
{
    switch (n.kind) {
    case ConstraintNode::Kind::Not:
        return u"not ("_s + canonicalNode(*n.left) + u')';
    case ConstraintNode::Kind::And:
        return u'(' + canonicalNode(*n.left) + u") and ("_s + canonicalNode(*n.right) + u')';
    case ConstraintNode::Kind::Or:
        return u'(' + canonicalNode(*n.left) + u") or ("_s + canonicalNode(*n.right) + u')';
    default:
        return leafText(n);
    }
}

void collectLeaves(const ConstraintNode &n, QList<const ConstraintNode *> *leaves)
{
    if (n.left)
        collectLeaves(*n.left, leaves);
    if (n.right)
        collectLeaves(*n.right, leaves);
    if (!n.left && !n.right)
        leaves->append(&n);
}

QString truthWord(Truth t)
{
    switch (t) {
    case Truth::True:
        return QCoreApplication::translate("Funnel", "holds");
    case Truth::False:
        return QCoreApplication::translate("Funnel", "fails");
    case Truth::Unknown:
        return QCoreApplication::translate("Funnel", "cannot be decided");
    }
    return {};
}

} // namespace

Result<Constraint> Constraint::parse(const QString &text, int *errorColumn)
{
    Parser parser(text);
    auto root = parser.parse();
    if (errorColumn)
        *errorColumn = root ? 0 : parser.errorColumn();
    if (!root)
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("Funnel", "Constraint \"%1\": %2")
                .arg(text, root.message()));
    Constraint c;
    c.m_root = *root;
    c.m_text = text.trimmed();
    return c;
}

QString Constraint::canonical() const
{
    return m_root ? canonicalNode(*m_root) : QString();
}

QStringList Constraint::properties() const
{
    QList<const ConstraintNode *> leaves;
    if (m_root)
        collectLeaves(*m_root, &leaves);
    QStringList names;
    for (const ConstraintNode *leaf : std::as_const(leaves))
        names.append(leaf->property.name);
    names.sort();
    names.removeDuplicates();
    return names;
}

Truth Constraint::evaluate(const Accelerator &chip) const
{
    return m_root ? evaluateNode(*m_root, chip) : Truth::Unknown;
}

QString Constraint::explain(const Accelerator &chip) const
{
    if (!m_root)
        return {};
    QList<const ConstraintNode *> leaves;
    collectLeaves(*m_root, &leaves);
    QStringList parts;
    for (const ConstraintNode *leaf : std::as_const(leaves)) {
        const Value v = leaf->property.read(chip);
        parts.append(QCoreApplication::translate("Funnel", "%1 %2 (%3 is %4)")
                .arg(leafText(*leaf), truthWord(evaluateLeaf(*leaf, chip)), leaf->property.name,
                    v.display()));
    }
    return QCoreApplication::translate("Funnel", "%1 for %2: %3")
        .arg(truthWord(evaluate(chip)), chip.name, parts.join(u"; "_s));
}

QStringList Constraint::knownProperties()
{
    QStringList names;
    for (const auto &p : propertyTable()) {
        if (p.type != Type::Bool)
            names.append(p.name);
    }
    return names;
}

QStringList Constraint::knownFlags()
{
    QStringList names;
    for (const auto &p : propertyTable()) {
        if (p.type == Type::Bool)
            names.append(p.name);
    }
    return names + featureFlags();
}

} // namespace ChipTrace::Funnel
