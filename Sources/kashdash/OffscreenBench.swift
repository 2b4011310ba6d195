import Foundation
import KashDashGame
import KashDashSDL

/// `kashdash play --bench-frames N`: times offscreen frames of a busy play screen
/// (figures for docs/perf/game.md). Build with -c release for meaningful numbers.
enum OffscreenBench {
    static func run(frames: Int) throws {
        let clock = ContinuousClock()
        let started = clock.now
        let offscreen: OffscreenRenderer
        do { offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: AssetLocator.find()) } catch {
            printError("offscreen renderer unavailable: \(error)")
            throw ExitStatus.usage
        }
        // A mid-level moment: scenery, gates, pickups, the dog and the score.
        let game = GameApp.scenario(.playing(levelID: "training", ticks: 240))
        offscreen.render(game.draw(alpha: 0.5))
        let firstFrame = clock.now - started
        var build: [Duration] = []
        var paint: [Duration] = []
        var cpu: [Int] = []
        game.botFlies = true
        for index in 0..<max(1, frames) {
            game.update()
            var list = DrawList()
            build.append(clock.measure { list = game.draw(alpha: Double(index % 4) / 4) })
            let cpuBefore = threadCPUTime()
            paint.append(clock.measure { offscreen.render(list) })
            cpu.append(threadCPUTime() - cpuBefore)
        }
        build.sort()
        paint.sort()
        func ms(_ duration: Duration) -> String { duration.millisecondsText }
        print("offscreen 1280x720, software renderer, \(paint.count) frames of the play screen (\(game.draw(alpha: 0).commands.count) draw commands)")
        print("first frame (SDL start, asset and font loading, one frame): \(ms(firstFrame))")
        print("render  median \(ms(paint[paint.count / 2]))  p95 \(ms(paint[paint.count * 95 / 100]))  best \(ms(paint[0]))")
        cpu.sort()
        print(String(format: "render  CPU time median %.3f ms  p95 %.3f ms  (this thread only: what a machine with a free core sees)",
                     Double(cpu[cpu.count / 2]) / 1e6, Double(cpu[cpu.count * 95 / 100]) / 1e6))
        print("build   median \(ms(build[build.count / 2]))  (game.draw: the DrawList itself)")
        print("peak RSS \(peakResidentMegabytes()) MB")

        // Where the time goes: each command of one frame drawn alone, many times.
        let list = game.draw(alpha: 0.5)
        var costs: [(Duration, String)] = []
        for command in list.commands {
            var alone = DrawList()
            alone.append(command)
            offscreen.render(alone)  // warm caches
            var samples: [Duration] = []
            for _ in 0..<21 { samples.append(clock.measure { offscreen.render(alone) }) }
            samples.sort()
            costs.append((samples[samples.count / 2], describe(command)))
        }
        var clearOnly = DrawList()
        clearOnly.clear(.black)
        var base: [Duration] = []
        for _ in 0..<21 { base.append(clock.measure { offscreen.render(clearOnly) }) }
        base.sort()
        print("costliest commands (each drawn alone, median of 21; an empty frame costs \(ms(base[10]))):")
        for (cost, what) in costs.sorted(by: { $0.0 > $1.0 }).prefix(8) { print("  \(ms(cost))  \(what)") }
    }

    static func describe(_ command: DrawCommand) -> String {
        func size(_ rect: Rect) -> String { "\(Int(rect.width))x\(Int(rect.height))" }
        switch command {
        case .clear: return "clear"
        case .fillRect(let rect, _, let radius): return "fillRect \(size(rect)) r\(Int(radius))"
        case .strokeRect(let rect, _, _, let radius): return "strokeRect \(size(rect)) r\(Int(radius))"
        case .sprite(let sprite): return "sprite \(sprite.name) \(size(sprite.dest))"
        case .tiledSprite(let tiled): return "tiled \(tiled.name) \(size(tiled.dest)) scale \(tiled.scale)"
        case .nineSlice(let slice): return "nineSlice \(slice.name) \(size(slice.dest))"
        case .text(let text): return "text \(Int(text.size))px \"\(text.string.prefix(24))\""
        case .clip: return "clip"
        }
    }

    /// Nanoseconds of CPU this thread has used.
    static func threadCPUTime() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Int(now.tv_sec) * 1_000_000_000 + now.tv_nsec
    }

    /// VmHWM from /proc/self/status, in megabytes.
    static func peakResidentMegabytes() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return "?" }
        return String(format: "%.1f", kilobytes / 1024)
    }
}
