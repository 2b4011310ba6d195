import KashDashContract

/// A kiosk cannot open a browser, so each advice link is also a QR code a child or parent
/// can scan and open later: through the server's counting `/go` redirect (source `kiosk-qr`)
/// when one is configured, else the site's own address.
extension GameApp {
    /// Whether the advice screen shows codes: a kiosk with an encoder.
    var showsAdviceQRCodes: Bool { mode == .kiosk && configuration.makeQRCode != nil }

    /// The address a link's code holds.
    func qrAddress(for link: AdviceLink, levelID: String) -> String {
        guard let base = configuration.serverBaseURL, !base.isEmpty else { return link.url }
        return GoLink.url(base: base, linkID: link.id, source: .kioskQR, level: levelID, language: settings.language)
    }

    /// One code per link the round offers; empty when codes are not shown.
    func adviceQRCodes(_ result: RoundResult) -> [QRMatrix?] {
        guard showsAdviceQRCodes, let make = configuration.makeQRCode else { return [] }
        return adviceLinks(result).map { make(qrAddress(for: $0, levelID: result.levelID)) }
    }
}

extension AdviceLinksScreen {
    static let codeCardWidth = 353.0
    static let codeCardGap = 20.0
    /// The code with its quiet zone fits this square; big enough to scan from 50 cm on a
    /// classroom screen (a 37-module code is 185 px here, about 5 cm on a 15" laptop).
    static let codeArea = 225.0

    /// Cards side by side, centred, between the note and the help box.
    static func codeCardRect(_ index: Int, of count: Int) -> Rect {
        let total = Double(count) * codeCardWidth + Double(max(count - 1, 0)) * codeCardGap
        let x = 640 - total / 2 + Double(index) * (codeCardWidth + codeCardGap)
        return Rect(x: x, y: 140, width: codeCardWidth, height: 360)
    }

    /// The address written under a code: in full when it fits a card, else just the site
    /// (the code itself holds the whole address).
    static func cardAddress(_ url: String) -> String {
        let full = GameApp.displayAddress(url)
        guard full.count > 30, let slash = full.firstIndex(of: "/") else { return full }
        return String(full[..<slash])
    }

    func drawWithCodes(_ painter: inout Painter, in app: GameApp) {
        painter.scenery(scroll: 0)
        let palette = painter.palette
        painter.title(app.text(.adviceLinksTitle), y: 10, height: 80)
        painter.text(
            app.text(.adviceLinksScanNote), in: Rect(x: 90, y: 92, width: 1100, height: 48),
            size: 28, color: app.settings.highContrast ? .black : .white, bold: true, wraps: false,
            outline: palette.outline, scales: false)
        painter.helpBox(GameApp.helpBoxRect, strings: app.strings, portrait: app.dog.portraitSprite)
        let links = app.adviceLinks(result)
        for (position, item) in items(in: app).enumerated() {
            guard case .openLink(let index) = item.action else {
                painter.button(item, focused: position == app.scanner.focus)
                continue
            }
            drawCard(&painter, link: links[index], code: codes[safe: index] ?? nil, card: item.rect,
                     focused: position == app.scanner.focus, strings: app.strings)
        }
    }

    private func drawCard(
        _ painter: inout Painter, link: AdviceLink, code: QRMatrix?, card: Rect, focused: Bool, strings: StringCatalogue
    ) {
        let palette = painter.palette
        painter.panel(card)
        if focused { painter.list.strokeRect(card.insetBy(-7), palette.focusRing, lineWidth: 8, cornerRadius: 26) }
        let inner = card.insetBy(20)
        if link.reader == .grownUp {
            // A page for parents and carers says so before its title, in words, not colour.
            let tag = Rect(x: card.midX - 110, y: card.y + 10, width: 220, height: 34)
            painter.list.fillRect(tag, palette.police, cornerRadius: 17)
            painter.text(
                strings.text(.adviceLinksForGrownUps), in: tag, size: 22, color: .white, bold: true, wraps: false,
                scales: false)
            painter.fittedText(
                link.title, in: Rect(x: inner.x, y: card.y + 46, width: inner.width, height: 56), size: 26, minimum: 18,
                color: palette.title, bold: true)
        } else {
            // No description here: the code needs the room, and the site explains itself.
            painter.fittedText(
                link.title, in: Rect(x: inner.x, y: card.y + 8, width: inner.width, height: 88), size: 28, minimum: 22,
                color: palette.title, bold: true)
        }
        let area = Rect(x: card.midX - Self.codeArea / 2, y: card.y + 104, width: Self.codeArea, height: Self.codeArea)
        if let code {
            painter.list.qrCode(code, centredIn: area)
        } else {
            painter.text(strings.text(.adviceLinksNoCode), in: area, size: 22, color: palette.mutedText)
        }
        painter.fittedText(
            Self.cardAddress(link.url), in: Rect(x: inner.x, y: card.y + 328, width: inner.width, height: 28),
            size: 20, minimum: 16, color: palette.police, bold: true)
    }
}

extension DrawList {
    /// Dark modules on white, each module a whole number of pixels (as large as fits `area`)
    /// with the standard four-module quiet zone, so scanners see crisp edges.
    mutating func qrCode(_ code: QRMatrix, centredIn area: Rect) {
        let modulesAcross = code.size + 2 * QRMatrix.quietZone
        let module = max(1, (min(area.width, area.height) / Double(modulesAcross)).rounded(.down))
        let side = module * Double(modulesAcross)
        let origin = (x: (area.midX - side / 2).rounded(.down), y: (area.midY - side / 2).rounded(.down))
        fillRect(Rect(x: origin.x, y: origin.y, width: side, height: side), .white)
        let codeX = origin.x + module * Double(QRMatrix.quietZone)
        let codeY = origin.y + module * Double(QRMatrix.quietZone)
        for row in 0..<code.size {
            for run in code.darkRuns(row: row) {
                fillRect(
                    Rect(x: codeX + Double(run.x) * module, y: codeY + Double(row) * module,
                         width: Double(run.length) * module, height: module), .black)
            }
        }
    }
}
