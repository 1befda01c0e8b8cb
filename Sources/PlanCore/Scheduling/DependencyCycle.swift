/// Finds a cycle among task dependencies.
///
/// - Parameter dependencies: for each task, the tasks it depends on. Ids that are not keys
///   (unknown tasks) are ignored.
/// - Returns: the tasks of one cycle in dependency order, the first repeated at the end
///   (`[a, b, a]` when a depends on b and b on a), or `nil` when there is none.
///   Self-dependencies count as cycles of length one. Linear in tasks plus links.
public func findDependencyCycle(in dependencies: [(TaskID, [TaskID])]) -> [TaskID]? {
    var index: [TaskID: Int] = [:]
    for (i, entry) in dependencies.enumerated() where index[entry.0] == nil { index[entry.0] = i }
    let edges = dependencies.map { $0.1.compactMap { index[$0] } }
    enum Mark { case unvisited, onPath, finished }
    var marks = Array(repeating: Mark.unvisited, count: dependencies.count)
    for root in dependencies.indices where marks[root] == .unvisited {
        // Iterative depth-first search: the stack holds (node, next edge to follow).
        var stack: [(node: Int, edge: Int)] = [(root, 0)]
        marks[root] = .onPath
        while let top = stack.last {
            if top.edge < edges[top.node].count {
                stack[stack.count - 1].edge += 1
                let next = edges[top.node][top.edge]
                switch marks[next] {
                case .unvisited:
                    marks[next] = .onPath
                    stack.append((next, 0))
                case .onPath:
                    let start = stack.firstIndex { $0.node == next }!
                    let cycle = stack[start...].map { dependencies[$0.node].0 }
                    return cycle + [dependencies[next].0]
                case .finished:
                    break
                }
            } else {
                marks[top.node] = .finished
                stack.removeLast()
            }
        }
    }
    return nil
}
