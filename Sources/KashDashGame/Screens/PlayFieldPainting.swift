import Foundation
import KashDashCore

/// The play screen: scenery, gates, pickups, the dog, the score and lives, and the
/// message and feedback panels on top when the simulation pauses for them.
extension GameApp {
    func drawPlay(_ painter: inout Painter, alpha: Double) {
        guard let session else {
            painter.scenery(scroll: 0)
            return
        }
        drawWorld(&painter, session: session, alpha: alpha, withDog: true)
        switch session.phase {
        case .message(let index):
            drawMessage(&painter, session: session, message: session.simulation.plan.messages[index])
        case .feedback(let index, let choice):
            drawFeedback(&painter, message: session.simulation.plan.messages[index], choice: choice)
        default:
            drawHUD(&painter, session: session)
        }
    }

    /// The moving world, interpolated between the last two ticks.
    func drawWorld(_ painter: inout Painter, session: PlaySession, alpha: Double, withDog: Bool) {
        let plan = session.simulation.plan
        let current = session.simulation.state
        // During the crash wobble the world holds still where the dog hit something.
        let shown = session.crash?.state ?? current
        let before = session.crash?.state ?? session.previous
        var distance = shown.distance.approximateDouble
        var dogY = shown.dogY.approximateDouble
        let jump = abs(distance - before.distance.approximateDouble) > 40
        if !jump {
            distance = before.distance.approximateDouble + (distance - before.distance.approximateDouble) * alpha
            dogY = before.dogY.approximateDouble + (dogY - before.dogY.approximateDouble) * alpha
        }
        painter.scenery(scroll: distance)
        let toScreen = Double(WorldGeometry.dogScreenX) - distance
        drawGates(&painter, plan: plan, before: before, shown: shown, alpha: jump ? 1 : alpha, toScreen: toScreen)
        drawPickups(&painter, plan: plan, state: shown, toScreen: toScreen)
        for floater in session.floaters {
            let progress = Double(floater.ticks) / Double(Floater.lifetime)
            let rise = settings.reducedMotion ? 0 : progress * 40
            let box = Rect(x: floater.worldX + toScreen - 60, y: floater.y - rise - 24, width: 120, height: 48)
            if settings.highContrast {  // no art behind text: a plain white label
                painter.list.fillRect(box.insetBy(6), .white, cornerRadius: 18)
                painter.list.strokeRect(box.insetBy(6), .black, lineWidth: 2, cornerRadius: 18)
            }
            painter.text(
                floater.text, in: box, size: 36, color: settings.highContrast ? .black : .white, bold: true,
                wraps: false, outline: painter.palette.outline, scales: false)
        }
        if withDog {
            if let crash = session.crash {
                drawCrashedDog(
                    &painter, at: Point(x: Double(WorldGeometry.dogScreenX), y: dogY), ticks: crash.ticks,
                    persistent: current.phase == .gameOver)
            } else if current.phase == .gameOver {
                drawCrashedDog(
                    &painter, at: Point(x: Double(WorldGeometry.dogScreenX), y: dogY), ticks: PlaySession.crashTicks,
                    persistent: true)
            } else {
                drawDog(&painter, at: Point(x: Double(WorldGeometry.dogScreenX), y: dogY), session: session)
            }
        }
    }

    private func drawGates(
        _ painter: inout Painter, plan: LevelPlan, before: SimulationState, shown: SimulationState, alpha: Double,
        toScreen: Double
    ) {
        let theme = GateTheme.named(plan.info.theme)
        let ground = WorldGeometry.groundY.approximateDouble
        for gate in plan.gates {
            let centreX = gate.x.approximateDouble + toScreen
            let width = gate.width.approximateDouble
            guard centreX + width > -100, centreX - width < 1380 else { continue }
            // The gap's position is the simulation's own, blended between the last two ticks.
            let gapBefore = gate.gapCenter(atDistance: before.distance).approximateDouble
            let gapCentre =
                gapBefore + (gate.gapCenter(atDistance: shown.distance).approximateDouble - gapBefore) * alpha
            let halfGap = gate.gapHeight.approximateDouble / 2
            let scale = width / 120
            let capWidth = 140 * scale
            let capHeight = 56 * scale
            let left = centreX - width / 2
            let gapTop = gapCentre - halfGap
            let gapBottom = gapCentre + halfGap
            // Bottom pillar: body from under the cap to the ground, cap at the gap.
            // Bodies are tiled at the art's own size (crisp, no seams) and cropped to the gate's
            // width around the middle, so the picture matches the hit box.
            let crop = max(0, (120 - width) / 2)
            let bodyScale = width > 120 ? scale : 1
            painter.list.tiled(
                TiledSpriteCommand(
                    name: theme.body,
                    dest: Rect(
                        x: left, y: gapBottom + capHeight / 2, width: width,
                        height: max(0, ground - gapBottom - capHeight / 2)),
                    offsetX: crop, scale: bodyScale))
            painter.list.sprite(
                SpriteCommand(
                    name: theme.cap,
                    dest: Rect(x: centreX - capWidth / 2, y: gapBottom, width: capWidth, height: capHeight)))
            // Top pillar: the same art upside down, its cap at the top of the gap.
            let topBodyHeight = max(0, gapTop - capHeight / 2)
            painter.list.tiled(
                TiledSpriteCommand(
                    name: theme.body, dest: Rect(x: left, y: 0, width: width, height: topBodyHeight), offsetX: crop,
                    scale: bodyScale, flipVertical: true))
            // The artist drew an upright cap for the top pillar, so its icon is not upside down.
            painter.list.sprite(
                SpriteCommand(
                    name: theme.topCap,
                    dest: Rect(x: centreX - capWidth / 2, y: gapTop - capHeight, width: capWidth, height: capHeight)))
            if let label = gate.label, !label.isEmpty {
                let plaque = Rect(
                    x: centreX - capWidth / 2 - 6, y: gapBottom + capHeight + 8, width: capWidth + 12, height: 40)
                if plaque.maxY < ground {
                    painter.list.fillRect(plaque, Color(r: 255, g: 255, b: 255, a: 235), cornerRadius: 12)
                    painter.list.strokeRect(plaque, painter.palette.outline, lineWidth: 3, cornerRadius: 12)
                    // Bold capitals run up to about 0.8 of the size wide: the label shrinks to fit its plaque.
                    let size = min(24, 1.2 * plaque.width / Double(max(4, label.count)))
                    painter.text(
                        label, in: plaque.insetBy(4), size: size, color: painter.palette.outline, bold: true,
                        wraps: false, scales: false)
                }
            }
        }
    }

    private func drawPickups(_ painter: inout Painter, plan: LevelPlan, state: SimulationState, toScreen: Double) {
        for (index, pickup) in plan.pickups.enumerated() where !state.isCollected(index) {
            let x = pickup.x.approximateDouble + toScreen
            guard x > -80, x < 1360 else { continue }
            var y = pickup.y.approximateDouble
            if !settings.reducedMotion { y += GameApp.wave(tick: tick + index * 17, period: 90) * 6 }
            painter.list.sprite(
                SpriteCommand(
                    name: PickupArt.sprite(for: pickup.kind),
                    dest: Rect(center: Point(x: x, y: y), size: Size(width: 60, height: 60))))
        }
    }

    /// The dog's picture is larger than its round hit box; this size keeps it fair to the eye.
    static let dogSize = Size(width: 136, height: 109)

    private func drawDog(_ painter: inout Painter, at centre: Point, session: PlaySession) {
        let state = session.simulation.state
        let flying = state.phase == .flying
        // Wings beat faster just after a flap, slowly while hovering.
        let period = session.ticksSinceFlap < 18 ? 3 : (flying ? 6 : 9)
        let frame = (tick / period) % 4
        var rotation = 0.0
        if !settings.reducedMotion, flying {
            rotation = min(max(state.dogVelocity.approximateDouble * 3.2, -22), 40)
        }
        var y = centre.y
        if !settings.reducedMotion, !flying, state.phase == .ready { y += GameApp.wave(tick: tick, period: 70) * 4 }
        painter.list.sprite(
            SpriteCommand(
                name: dog.flyingSprite, frame: frame, frameCount: 4,
                dest: Rect(center: Point(x: centre.x, y: y), size: GameApp.dogSize), rotationDegrees: rotation))
    }

    private func drawCrashedDog(_ painter: inout Painter, at centre: Point, ticks: Int, persistent: Bool) {
        let progress = Double(ticks) / Double(PlaySession.crashTicks)
        // A gentle wobble that settles; no spinning, no flashing.
        let wobble =
            settings.reducedMotion || persistent && ticks >= PlaySession.crashTicks
            ? 0 : GameApp.wave(tick: ticks, period: 16) * 14 * (1 - progress)
        let alpha = persistent ? 1 : (progress > 0.66 ? max(0, (1 - progress) * 3) : 1)
        painter.list.sprite(
            SpriteCommand(
                name: dog.crashSprite, dest: Rect(center: centre, size: GameApp.dogSize), alpha: alpha,
                rotationDegrees: wobble))
    }

    // MARK: Heads-up display

    private func drawHUD(_ painter: inout Painter, session: PlaySession) {
        let state = session.simulation.state
        let palette = painter.palette
        // Score: big friendly digits, top centre.
        let pop =
            !settings.reducedMotion && session.ticksSinceScore < 10
            ? 8.0 * (1 - Double(session.ticksSinceScore) / 10) : 0
        let scoreBox = Rect(x: 540, y: 12, width: 200, height: 92)
        if settings.highContrast {
            painter.list.fillRect(scoreBox, .white, cornerRadius: 24)
            painter.list.strokeRect(scoreBox, .black, lineWidth: 4, cornerRadius: 24)
        }
        painter.text(
            "\(state.score)", in: scoreBox, size: 72 + pop, color: settings.highContrast ? .black : .white, bold: true,
            wraps: false, outline: palette.outline, scales: false)

        // Lives as hearts: full for each life left, faded for each lost; practice shows a label instead.
        if session.simulation.settings.practice {
            let box = Rect(x: 20, y: 20, width: 210, height: 56)
            painter.list.fillRect(box, Color(r: 255, g: 255, b: 255, a: 225), cornerRadius: 28)
            if settings.highContrast { painter.list.strokeRect(box, .black, lineWidth: 3, cornerRadius: 28) }
            painter.text(
                text(.playPractice), in: box, size: 28, color: palette.text, bold: true, wraps: false, scales: false)
        } else {
            let total = max(state.lives, session.simulation.plan.lives)
            if settings.highContrast {
                painter.list.fillRect(
                    Rect(x: 16, y: 16, width: Double(total) * 62 + 12, height: 68), .white, cornerRadius: 18)
            }
            for index in 0..<total {
                let rect = Rect(x: 24 + Double(index) * 62, y: 22, width: 56, height: 56)
                let alive = index < state.lives
                painter.list.sprite(
                    SpriteCommand(name: "pickup-heart", dest: alive ? rect : rect.insetBy(8), alpha: alive ? 1 : 0.3))
            }
        }

        // Pause button for mouse and touch; while hovering, one-switch scanning visits it too.
        let hovering = session.phase == .ready && session.crash == nil
        let pauseFocused = hovering && scanner.focus == 1
        painter.button(
            MenuItem(action: .openPause, rect: GameApp.pauseButtonRect, label: text(.playPause)), focused: pauseFocused,
            size: 26)

        if hovering {
            let box = GameApp.readyHintRect
            let fade = settings.reducedMotion ? 1 : 0.8 + 0.2 * GameApp.wave(tick: tick, period: 80)
            painter.list.fillRect(box, Color(r: 255, g: 255, b: 255, a: 235).fading(fade), cornerRadius: 36)
            painter.list.strokeRect(box, palette.police, lineWidth: pauseFocused ? 2 : 5, cornerRadius: 36)
            painter.text(
                pauseFocused ? text(.playPressToPause) : readyHint, in: box, size: 32, color: palette.text, bold: true,
                wraps: false)
        }
        if let banner = session.banner {
            let box = Rect(x: 340, y: 120, width: 600, height: 64)
            painter.list.fillRect(box, palette.buttonFill, cornerRadius: 32)
            painter.list.strokeRect(box, palette.outline, lineWidth: 3, cornerRadius: 32)
            painter.text(banner.text, in: box.insetBy(8), size: 30, color: palette.buttonText, bold: true, wraps: false)
        }
        if state.phase.isOver {
            let box = Rect(x: 290, y: 250, width: 700, height: 120)
            painter.panel(box)
            painter.text(
                text(state.phase == .finished ? .playLevelComplete : .playOutOfHearts), in: box.insetBy(16),
                size: 48, color: palette.title, bold: true, scales: false)
        }
    }

    var readyHint: String { text(mode == .kiosk ? .playPressButtonToFly : .playPressToFly) }

    /// A smooth -1...1 wave for decoration (a picture-only use of floating point).
    static func wave(tick: Int, period: Int) -> Double {
        let phase = Double(tick % period) / Double(period)
        return sin(phase * 2 * .pi)
    }
}
