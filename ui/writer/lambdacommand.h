// An undo step made of two functions, so that each chapter operation is written once, beside its inverse,
// in WriterController rather than as a class per operation.
#pragma once

#include <QUndoCommand>

#include <functional>

namespace noosphere::ui {

class LambdaCommand : public QUndoCommand {
public:
    LambdaCommand(const QString &text, std::function<void()> redo, std::function<void()> undo)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
    }
    void redo() override { m_redo(); }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
};

}  // namespace noosphere::ui
