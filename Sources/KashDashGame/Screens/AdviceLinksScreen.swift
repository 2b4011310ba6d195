import KashDashContract

/// Advice links from the level's list: title, one line, the address written out. Picking
/// one asks the backend to open it (through the content server's counting redirect when one
/// is configured). A kiosk never opens a browser: it shows the address for a teacher and,
/// with a QR encoder, each link as a code to scan and open later (`AdviceLinksScreen+QRCodes`).
struct AdviceLinksScreen: GameScreen {
    let result: RoundResult
    /// Kiosk: one code per link, made once as the screen opens.
    var codes: [QRMatrix?] = []

    init(result: RoundResult) { self.result = result }

    func id(in app: GameApp) -> ScreenID { .adviceLinks }

    mutating func enter(in app: GameApp) -> Int {
        codes = app.adviceQRCodes(result)
        return 0
    }

    func items(in app: GameApp) -> [MenuItem] {
        let links = app.adviceLinks(result)
        var items = links.enumerated().map { index, link in
            MenuItem(
                action: .openLink(index),
                rect: codes.isEmpty ? GameApp.linkCardRect(index) : Self.codeCardRect(index, of: links.count),
                label: link.title)
        }
        items.append(
            MenuItem(action: .back, rect: Rect(x: 90, y: 616, width: 300, height: 84), label: app.text(.commonBack)))
        items.append(
            MenuItem(
                action: .playAgain, rect: Rect(x: 490, y: 616, width: 300, height: 84),
                label: app.text(.commonPlayAgain)))
        items.append(
            MenuItem(
                action: .showLevels, rect: Rect(x: 890, y: 616, width: 300, height: 84),
                label: app.text(.commonLevels)))
        return items
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        if !codes.isEmpty {
            drawWithCodes(&painter, in: app)
            return
        }
        painter.scenery(scroll: 0)
        let palette = painter.palette
        painter.title(app.text(.adviceLinksTitle), y: 10, height: 80)
        let note = app.text(app.mode == .kiosk ? .adviceLinksKioskNote : .adviceLinksDesktopNote)
        painter.fittedText(
            note, in: Rect(x: 90, y: 92, width: 1100, height: 48), size: 28, minimum: 18,
            color: app.settings.highContrast ? .black : .white, bold: true, outline: palette.outline)
        let items = items(in: app)
        let links = app.adviceLinks(result)
        // Always on screen, however many links the level names: a trusted adult, Childline, 999.
        painter.helpBox(GameApp.helpBoxRect, strings: app.strings, portrait: app.dog.portraitSprite)
        for (position, item) in items.enumerated() {
            guard case .openLink(let index) = item.action else {
                painter.button(item, focused: position == app.scanner.focus)
                continue
            }
            let link = links[index]
            let card = item.rect
            painter.panel(card)
            if position == app.scanner.focus {
                painter.list.strokeRect(card.insetBy(-7), palette.focusRing, lineWidth: 8, cornerRadius: 26)
                painter.list.fillRect(
                    Rect(x: card.x - 30, y: card.midY - 24, width: 12, height: 48), palette.focusRing, cornerRadius: 6)
            }
            var titleX = card.x + 28
            if link.reader == .grownUp {
                // A page for parents and carers says so before its title, in words, not colour.
                let tag = Rect(x: card.x + 20, y: card.y + 10, width: 230, height: 40)
                painter.list.fillRect(tag, palette.police, cornerRadius: 20)
                painter.text(
                    app.text(.adviceLinksForGrownUps), in: tag, size: 24, color: .white, bold: true, wraps: false,
                    scales: false)
                titleX = tag.maxX + 16
            }
            painter.fittedText(
                link.title, in: Rect(x: titleX, y: card.y + 6, width: card.maxX - 28 - titleX, height: 40), size: 30,
                minimum: 22, color: palette.title, bold: true, alignment: .leading)
            painter.fittedText(
                link.description, in: Rect(x: card.x + 28, y: card.y + 44, width: card.width - 56, height: 30),
                size: 24,
                minimum: 20, color: palette.text, alignment: .leading)
            painter.text(
                GameApp.displayAddress(link.url),
                in: Rect(x: card.x + 28, y: card.y + 74, width: card.width - 56, height: 32),
                size: 22, color: palette.police, bold: true, alignment: .leading, wraps: false, scales: false)
        }
    }

    func narration(in app: GameApp) -> String? {
        Narration.adviceLinks(app.adviceLinks(result), kiosk: app.mode == .kiosk, in: app.strings)
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? {
        switch action {
        case .openLink(let index):
            app.openLink(index, result: result)
            return .stay
        case .playAgain:
            app.startLevel(at: result.levelIndex)
            return .stay
        default:
            return nil
        }
    }

    func back(in app: GameApp) -> Navigation { .show(RoundEndScreen(result: result)) }
}

/// The links a round offers and opening them; shared with the round end screen.
extension GameApp {
    func adviceLinks(_ result: RoundResult) -> [AdviceLink] {
        var links = result.adviceLinkIDs.compactMap { content.link(id: $0) }
        if links.isEmpty, let childline = content.link(id: "childline") ?? AdviceLink.builtInHelp.first {
            links = [childline]  // every child should leave knowing where to get help
        }
        return Array(links.prefix(3))
    }

    static func linkCardRect(_ index: Int) -> Rect {
        Rect(x: 90, y: 138 + Double(index) * 122, width: 1100, height: 114)
    }

    /// Under the three link cards, above the buttons.
    static let helpBoxRect = Rect(x: 90, y: 506, width: 1100, height: 102)

    /// The address to open for a link, or nil when links must not open (kiosk).
    func url(for link: AdviceLink, levelID: String) -> String? {
        guard mode == .desktop else { return nil }
        guard let base = configuration.serverBaseURL, !base.isEmpty else { return link.url }
        return GoLink.url(base: base, linkID: link.id, source: .desktop, level: levelID, language: settings.language)
    }

    func openLink(_ index: Int, result: RoundResult) {
        let links = adviceLinks(result)
        guard links.indices.contains(index) else { return }
        let link = links[index]
        if let url = url(for: link, levelID: result.levelID) {
            emit(.openURL(url))
            emit(.report(url == link.url
                    ? .linkOpenedOffline(link: link.id, level: result.levelID)
                    : .linkOpened(link: link.id, level: result.levelID)))
            show(notice: text(.adviceLinksOpening, ["link": link.title]))
        } else if showsAdviceQRCodes {
            show(notice: text(.adviceLinksScanLater, ["link": link.title]), seconds: 8)
        } else {
            show(
                notice: text(
                    .adviceLinksAskTeacher, ["link": link.title, "address": GameApp.displayAddress(link.url)]),
                seconds: 8)
        }
    }

    /// "https://www.childline.org.uk/" → "www.childline.org.uk": easier to read and to type.
    static func displayAddress(_ url: String) -> String {
        var text = url
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
