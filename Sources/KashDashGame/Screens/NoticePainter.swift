/// The short notice line any screen can show (e.g. "Finish the level before this one").
extension GameApp {
    func drawNotice(_ painter: inout Painter, _ text: String) {
        let box = Rect(x: 160, y: 96, width: 960, height: 100)
        painter.list.fillRect(box, .white, cornerRadius: 24)
        painter.list.strokeRect(box, painter.palette.outline, lineWidth: 4, cornerRadius: 24)
        painter.text(text, in: box.insetBy(14), size: 30, color: painter.palette.text, bold: true)
    }
}
