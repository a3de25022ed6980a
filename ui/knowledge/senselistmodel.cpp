#include "knowledge/senselistmodel.h"

namespace noosphere::ui {

int SenseListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_senses.size()); }

QVariant SenseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SenseRow &s = m_senses.at(index.row());
    switch (role) {
    case LemmaRole: return s.lemma;
    case PartOfSpeechRole: return s.partOfSpeech;
    case SenseNumberRole: return s.senseNumber;
    case DefinitionRole: return s.definition;
    case ExamplesRole: return s.examples;
    case ChoicesRole: return s.choices;
    case SynonymCountRole: return s.synonymCount;
    case CurrentChoiceRole: return index.row() == m_row ? m_choice : -1;
    default: return {};
    }
}

QHash<int, QByteArray> SenseListModel::roleNames() const
{
    return {{LemmaRole, "lemma"},           {PartOfSpeechRole, "partOfSpeech"}, {SenseNumberRole, "senseNumber"},
            {DefinitionRole, "definition"}, {ExamplesRole, "examples"},         {ChoicesRole, "choices"},
            {SynonymCountRole, "synonymCount"}, {CurrentChoiceRole, "currentChoice"}};
}

void SenseListModel::setSenses(QList<SenseRow> senses)
{
    const bool countChanges = senses.size() != m_senses.size();
    beginResetModel();
    m_senses = std::move(senses);
    m_row = m_choice = -1;
    for (int row = 0; row < m_senses.size() && m_row < 0; ++row)
        if (!m_senses.at(row).choices.isEmpty())
            m_row = row, m_choice = 0;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    Q_EMIT currentChanged();
}

QString SenseListModel::currentWord() const
{
    if (m_row < 0 || m_row >= m_senses.size())
        return {};
    const QStringList &choices = m_senses.at(m_row).choices;
    return m_choice >= 0 && m_choice < choices.size() ? choices.at(m_choice) : QString();
}

void SenseListModel::moveChoice(int delta)
{
    if (m_row < 0 || delta == 0)
        return;
    int row = m_row, choice = m_choice;
    for (int step = 0; step < std::abs(delta); ++step) {
        const int direction = delta > 0 ? 1 : -1;
        int r = row, c = choice + direction;
        // Skip rows without choices; stop at either end.
        while (r >= 0 && r < m_senses.size() && (c < 0 || c >= m_senses.at(r).choices.size())) {
            r += direction;
            if (r >= 0 && r < m_senses.size())
                c = direction > 0 ? 0 : int(m_senses.at(r).choices.size()) - 1;
        }
        if (r < 0 || r >= m_senses.size())
            break;
        row = r, choice = c;
    }
    highlight(row, choice);
}

void SenseListModel::moveSense(int delta)
{
    if (m_row < 0 || delta == 0)
        return;
    const int direction = delta > 0 ? 1 : -1;
    int row = m_row;
    for (int step = 0; step < std::abs(delta); ++step) {
        int r = row + direction;
        while (r >= 0 && r < m_senses.size() && m_senses.at(r).choices.isEmpty())
            r += direction;
        if (r < 0 || r >= m_senses.size())
            break;
        row = r;
    }
    if (row != m_row)
        highlight(row, 0);
}

void SenseListModel::setCurrent(int row, int choice)
{
    if (row >= 0 && row < m_senses.size() && choice >= 0 && choice < m_senses.at(row).choices.size())
        highlight(row, choice);
}

void SenseListModel::highlight(int row, int choice)
{
    if (row == m_row && choice == m_choice)
        return;
    const int oldRow = m_row;
    m_row = row;
    m_choice = choice;
    if (oldRow >= 0 && oldRow != row)
        Q_EMIT dataChanged(index(oldRow), index(oldRow), {CurrentChoiceRole});
    Q_EMIT dataChanged(index(row), index(row), {CurrentChoiceRole});
    Q_EMIT currentChanged();
}

}  // namespace noosphere::ui
