import Foundation
import KashDashContract
import KashDashCore

/// Every good level in a folder, built once, in level-select order: what the coverage table
/// and the teacher's guide are made from (the levels themselves, never a second copy).
public enum CurriculumLevels {
    public static func load(directory: String, catalogue: AdviceLinkCatalogue?) -> (plans: [LevelPlan], problems: [LevelProblem]) {
        let library = LevelLibrary(directory: directory, catalogue: catalogue)
        var plans: [LevelPlan] = []
        var problems = library.problems
        for level in library.levels {
            do { plans.append(try library.load(id: level.id, seed: 1).plan) } catch let problem as LevelProblem { problems.append(problem) } catch {
                problems.append(LevelProblem(file: level.path, line: nil, message: "\(error)"))
            }
        }
        return (plans, problems)
    }
}
