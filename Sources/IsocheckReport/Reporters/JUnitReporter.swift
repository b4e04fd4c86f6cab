import Foundation
import FoundationXML
import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel

/// JUnit XML, which every CI system can show: one testsuite per spec, one testcase per
/// property. A violation is a failure whose text is the counterexample as the text report
/// prints it; unknown is an error; not-applicable is skipped. Bad input is an error testcase
/// named after the file, so a broken spec cannot pass as an empty suite.
public struct JUnitReporter {
    public init() {}

    public func render(_ run: CheckRun) -> String {
        let text = TextReporter(useColor: false)
        let root = XMLElement(name: "testsuites")
        var totals = Counts()
        var inputErrors: [String: [Diagnostic]] = [:]
        for diagnostic in run.inputDiagnostics where diagnostic.severity == .error {
            inputErrors[diagnostic.location?.file ?? "isocheck", default: []].append(diagnostic)
        }
        let renderer = DiagnosticRenderer(sources: run.sources + run.listings)
        for (file, diagnostics) in inputErrors.sorted(by: { $0.key < $1.key }) {
            let suite = XMLElement(name: "testsuite")
            var counts = Counts()
            let testcase = Self.testcase(name: "input", classname: file)
            testcase.addChild(Self.element("error", message: "bad input", type: "bad-input", body: renderer.render(diagnostics)))
            counts.tests += 1
            counts.errors += 1
            suite.addChild(testcase)
            totals += counts
            root.addChild(Self.finish(suite, name: file, counts: counts))
        }
        for spec in run.results {
            let suite = XMLElement(name: "testsuite")
            var counts = Counts()
            if let eventDepth = spec.eventDepth {
                // A proof holds only up to the event bound: the suite says which one.
                let properties = XMLElement(name: "properties")
                let property = XMLElement(name: "property")
                property.addAttribute(Self.attribute("name", "event-depth"))
                property.addAttribute(Self.attribute("value", eventDepth.description))
                properties.addChild(property)
                suite.addChild(properties)
            }
            for diagnostic in spec.diagnostics where diagnostic.severity == .error {
                let testcase = Self.testcase(name: "input", classname: spec.path)
                testcase.addChild(Self.element("error", message: diagnostic.message.text, type: diagnostic.message.id,
                                               body: renderer.render([diagnostic])))
                counts.tests += 1
                counts.errors += 1
                suite.addChild(testcase)
            }
            for property in spec.properties {
                let testcase = Self.testcase(name: property.property.rawValue, classname: spec.path)
                counts.tests += 1
                switch property.status {
                case .violated:
                    counts.failures += 1
                    let body = property.counterexamples.flatMap { text.render($0) }.joined(separator: "\n")
                    let first = property.counterexamples.first.map { "\($0.location): \($0.reason)" } ?? "violated"
                    testcase.addChild(Self.element("failure", message: first, type: "violated", body: body))
                case .unknown:
                    counts.errors += 1
                    let body = property.unknowns.map { "\($0.location): \($0.reason)" }.joined(separator: "\n")
                    testcase.addChild(Self.element("error", message: "not decided: no verdict", type: "unknown", body: body))
                case .notApplicable:
                    counts.skipped += 1
                    testcase.addChild(Self.element("skipped", message: "nothing to check", type: nil, body: nil))
                case .waived:
                    let body = property.waivers.map { "waived at \($0.location): \($0.reason)" }
                        + property.waivedCounterexamples.flatMap { text.render($0, waived: true) }
                    testcase.addChild(XMLElement(name: "system-out", stringValue: body.joined(separator: "\n")))
                case .proved:
                    break
                }
                suite.addChild(testcase)
            }
            totals += counts
            root.addChild(Self.finish(suite, name: spec.path, counts: counts))
        }
        _ = Self.finish(root, name: "isocheck", counts: totals)
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return document.xmlString(options: [.nodePrettyPrint]) + "\n"
    }

    struct Counts {
        var tests = 0, failures = 0, errors = 0, skipped = 0
        static func += (lhs: inout Counts, rhs: Counts) {
            lhs.tests += rhs.tests
            lhs.failures += rhs.failures
            lhs.errors += rhs.errors
            lhs.skipped += rhs.skipped
        }
    }

    static func testcase(name: String, classname: String) -> XMLElement {
        let testcase = XMLElement(name: "testcase")
        testcase.addAttribute(attribute("name", name))
        testcase.addAttribute(attribute("classname", classname))
        return testcase
    }

    static func element(_ name: String, message: String, type: String?, body: String?) -> XMLElement {
        let element = XMLElement(name: name)
        element.addAttribute(attribute("message", message))
        if let type { element.addAttribute(attribute("type", type)) }
        if let body { element.stringValue = xmlSafe(body) }
        return element
    }

    static func finish(_ suite: XMLElement, name: String, counts: Counts) -> XMLElement {
        for (key, value) in [("name", name), ("tests", "\(counts.tests)"), ("failures", "\(counts.failures)"),
                             ("errors", "\(counts.errors)"), ("skipped", "\(counts.skipped)")] {
            suite.addAttribute(attribute(key, value))
        }
        return suite
    }

    static func attribute(_ name: String, _ value: String) -> XMLNode {
        XMLNode.attribute(withName: name, stringValue: xmlSafe(value)) as! XMLNode
    }

    /// XML 1.0 cannot hold most control characters even escaped; ANSI colour never reaches here,
    /// but spec text could carry them.
    static func xmlSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" ? "\u{FFFD}" : scalar
        }))
    }
}
