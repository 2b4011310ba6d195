import KashDashCore
import KashDashContract

/// Playing a level: starting runs, sending inputs to the simulation, reacting to its events.
extension GameApp {
    /// The pause button in the top-right corner while flying (for mouse and touch players).
    static let pauseButtonRect = Rect(x: 1100, y: 18, width: 160, height: 64)
    /// The "Press SPACE to fly" bubble while the dog hovers.
    static let readyHintRect = Rect(x: 370, y: 520, width: 540, height: 72)

    /// Whether level `index` (in level select order) may be played.
    func isUnlocked(_ index: Int) -> Bool {
        if mode == .kiosk || index < 3 { return true }
        guard levels.indices.contains(index) else { return false }
        if progress.levels[levels[index].id] != nil { return true }
        return progress.levels[levels[index - 1].id]?.finished == true
    }

    func startLevel(at index: Int) {
        guard levels.indices.contains(index) else { return }
        let level = levels[index]
        let seed = nextSeed()
        do {
            let (plan, hooks) = try level.build(seed)
            session = PlaySession(level: level, plan: plan, hooks: hooks, seed: seed, settings: settings.runSettings)
            emit(.report(.levelStarted(level: level.id)))
            enter(PlayScreen())
        } catch {
            configuration.log("kashdash: level \(level.id) could not be built: \(error)")
            show(notice: text(.playCouldNotLoad))
        }
    }

    func flap() { session?.queueFlap() }
    func answer(_ choice: Int) { session?.queueAnswer(choice) }
    func continueAfterFeedback() { session?.queueContinue() }

    func updatePlay() {
        guard var current = session else { return }
        if botFlies || botAnswers {
            let botInput = pilot.input(for: current.simulation)
            switch current.phase {
            case .ready, .flying:
                if botFlies, current.crash == nil { current.queuedInput = botInput }
            case .message, .feedback:
                if botAnswers, current.acceptsAnswers { current.queuedInput = botInput }
            case .finished, .gameOver:
                break
            }
        }
        var events: [GameEvent] = []
        current.step(events: &events)
        react(to: events, session: &current, for: .player)
        session = current
        if current.phase.isOver, current.ticksSinceEnd >= PlaySession.endPauseTicks { finishRound() }
    }

    /// Who a run is shown to, which decides how the game reacts to it.
    enum Audience {
        /// A child playing: sounds, counts for the outbox, the highlight follows the panels.
        case player
        /// A run driven from outside (a replay, a headless bot): sounds and pictures, no counts.
        case watcher
        /// The kiosk's attract demo behind the title: pictures only, silent, the title's
        /// highlight left alone.
        case demo
    }

    /// The one place that reacts to what the simulation reported: sounds, counts and
    /// pictures, for every kind of run. Never changes the simulation.
    func react(to events: [GameEvent], session current: inout PlaySession, for audience: Audience) {
        let audible = audience != .demo
        let reporting = audience == .player
        func sound(_ cue: SoundCue) { if audible { emit(.sound(cue)) } }
        func resetFocus() { if audience != .demo { scanner.reset(focus: 0) } }
        /// Counts this meeting of the message on the device and reports only its bucket and
        /// the verdict (`nil` for a reflection): nothing that identifies the child or the run.
        func reportAnswer(to index: Int, verdict: AnswerVerdict?) {
            guard reporting else { return }
            let message = current.simulation.plan.messages[index].id
            let meeting = progress.meetMessage(level: current.level.id, message: message)
            emit(.report(.messageAnswered(
                level: current.level.id, message: message, encounter: EncounterBucket(meeting: meeting), verdict: verdict)))
        }
        for event in events {
            switch event {
            case .flapped:
                sound(.flap)
                current.ticksSinceFlap = 0
            case .gatePassed:
                sound(.point)
                current.ticksSinceScore = 0
                let state = current.simulation.state
                current.floaters.append(
                    Floater(
                        text: "+\(ScoreRules.gatePassed)", worldX: state.distance.approximateDouble,
                        y: state.dogY.approximateDouble - 60))
            case .pickupCollected(let index, let points):
                sound(.pickup)
                current.ticksSinceScore = 0
                let pickup = current.simulation.plan.pickups[index]
                current.floaters.append(
                    Floater(
                        text: "+\(points)", worldX: pickup.x.approximateDouble,
                        y: pickup.y.approximateDouble - 40))
            case .messageShown, .feedbackClosed:
                resetFocus()
            case .messageAnswered(let index, _, let safe):
                sound(safe ? .right : .wrong)
                reportAnswer(to: index, verdict: safe ? .safe : .unsafe)
                resetFocus()
            case .reflectionAnswered(let index, _):
                // A feeling is never right or wrong: a warm sound, and no safe/unsafe count;
                // reported with no verdict, so the learning page counts it apart.
                sound(.right)
                reportAnswer(to: index, verdict: nil)
                resetFocus()
            case .crashed:
                resetFocus()
                sound(.crash)
                current.crash = CrashMoment(state: current.previous)
            case .bonus(let points, let banner):
                if let banner { current.banner = (phrase(banner, level: current.level.id), 150) }
                if points > 0 {
                    sound(.pickup)
                    current.ticksSinceScore = 0
                }
            case .levelFinished:
                sound(.right)
            case .started, .runEnded:
                break
            }
        }
    }

    /// Safety questions answered in this run: a reflection has no verdict, and a message the
    /// dog never reached (out of hearts early) was never met.
    static func questionsMet(plan: LevelPlan, state: SimulationState) -> Int {
        plan.messages.indices.filter { plan.messages[$0].kind == .question && state.answers[$0] >= 0 }.count
    }

    /// Records the result, celebrates a promotion, and shows the round end screen.
    func finishRound() {
        guard let current = session, let index = levels.firstIndex(where: { $0.id == current.level.id }) else { return }
        let state = current.simulation.state
        let plan = current.simulation.plan
        let finished = state.phase == .finished
        let recorded = progress.record(levelID: current.level.id, score: state.score, finished: finished)
        if finished { emit(.report(.levelFinished(level: current.level.id))) }
        save()
        if recorded.promotion != nil { emit(.sound(.rankUp)) }
        let result = RoundResult(
            levelIndex: index, levelID: current.level.id, levelTitle: plan.info.title, lesson: plan.info.lesson,
            adviceLinkIDs: plan.adviceLinkIDs, score: state.score, finished: finished, rank: recorded.rank,
            promotion: recorded.promotion, newBestScore: recorded.newBestScore, rightAnswers: state.rightAnswers,
            messages: Self.questionsMet(plan: plan, state: state))
        enter(RoundEndScreen(result: result))
    }

    /// Shows a run driven from outside (a replay or a headless bot run) on the play screen,
    /// with the same pictures and sounds as a live run.
    ///
    /// Call it once per tick with the simulation after its step and the events of that step.
    public func observe(_ simulation: Simulation, events: [GameEvent], level: GameLevel? = nil) {
        if var current = session, current.isContinued(by: simulation) {
            current.follow(simulation)  // the same clocks as a live run: banners fade, wobbles settle
            react(to: events, session: &current, for: .watcher)  // a watched run is not a child playing
            session = current
        } else {
            let plan = simulation.plan
            let shown = level ?? content.level(id: plan.info.id) ?? GameLevel(info: plan.info) { _ in plan }
            var fresh = PlaySession(
                level: shown, plan: simulation.plan, hooks: nil, seed: simulation.seed,
                settings: simulation.settings)
            fresh.simulation = simulation
            fresh.previous = simulation.state
            session = fresh
        }
        if !(screen is PlayScreen) { screen = PlayScreen() }
        tick += 1
    }
}

extension GameApp {
    /// Goes straight into level `id` (e.g. `kashdash --level`), skipping the menus.
    /// Returns false if there is no such level or it could not be built.
    @discardableResult
    public func startLevel(id: String) -> Bool {
        guard let index = levels.firstIndex(where: { $0.id == id }) else { return false }
        startLevel(at: index)
        return session?.level.id == id && screenID == .play
    }
}
