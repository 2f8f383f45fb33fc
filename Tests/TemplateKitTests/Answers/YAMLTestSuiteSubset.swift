/// The YAML test suite's cases that use only the subset the answers reader supports (see
/// docs/yaml-subset.md): each must pass. The cases left out use a refused feature — anchors
/// and aliases, tags, `?` keys, directives, several documents, empty keys, collections as
/// keys, an indentation indicator on a top-level block scalar — or are invalid YAML.
extension YAMLTestSuiteTests {
  static let subset: Set<String> = [
    "229Q",  // Spec Example 2.4. Sequence of Mappings
    "2EBW",  // Allowed characters in keys
    "36F6",  // Multiline plain scalar with empty line
    "3ALJ",  // Block Sequence in Block Sequence
    "3MYT",  // Plain Scalar looking like key, comment, anchor and tag
    "3RLN/00",  // Leading tabs in double quoted
    "3RLN/01",  // Leading tabs in double quoted
    "3RLN/02",  // Leading tabs in double quoted
    "3RLN/03",  // Leading tabs in double quoted
    "3RLN/04",  // Leading tabs in double quoted
    "3RLN/05",  // Leading tabs in double quoted
    "3UYS",  // Escaped slash in double quotes
    "4ABK",  // Flow Mapping Separate Values
    "4CQQ",  // Spec Example 2.18. Multi-line Flow Scalars
    "4GC6",  // Spec Example 7.7. Single Quoted Characters
    "4MUZ/00",  // Flow mapping colon on line after key
    "4MUZ/01",  // Flow mapping colon on line after key
    "4MUZ/02",  // Flow mapping colon on line after key
    "4Q9F",  // Folded Block Scalar [1.3]
    "4QFQ",  // Spec Example 8.2. Block Indentation Indicator [1.3]
    "4RWC",  // Trailing spaces after flow collection
    "4UYU",  // Colon in Double Quoted String
    "4V8U",  // Plain scalar with backslashes
    "4WA9",  // Literal scalars
    "4ZYM",  // Spec Example 6.4. Line Prefixes
    "54T7",  // Flow Mapping
    "58MP",  // Flow mapping edge cases
    "5BVJ",  // Spec Example 5.7. Block Scalar Indicators
    "5C5M",  // Spec Example 7.15. Flow Mappings
    "5GBF",  // Spec Example 6.5. Empty Lines
    "5KJE",  // Spec Example 7.13. Flow Sequence
    "5MUD",  // Colon and adjacent value on next line
    "5NYZ",  // Spec Example 6.9. Separated Comment
    "5T43",  // Colon at the beginning of adjacent flow scalar
    "652Z",  // Question mark at start of flow key
    "65WH",  // Single Entry Block Sequence
    "6BCT",  // Spec Example 6.3. Separation Spaces
    "6CA3",  // Tab indented top flow
    "6FWR",  // Block Scalar Keep
    "6H3V",  // Backslashes in singlequotes
    "6HB6",  // Spec Example 6.1. Indentation Spaces
    "6JQW",  // Spec Example 2.13. In literals, newlines are preserved
    "6SLA",  // Allowed characters in quoted mapping key
    "6VJK",  // Spec Example 2.15. Folded newlines are preserved for "more indented" and blank lines
    "6WPF",  // Spec Example 6.8. Flow Folding [1.3]
    "753E",  // Block Scalar Strip [1.3]
    "7A4E",  // Spec Example 7.6. Double Quoted Lines
    "7T8X",  // Spec Example 8.10. Folded Lines - 8.13. Final Empty Lines
    "7TMG",  // Comment in flow sequence before comma
    "7ZZ5",  // Empty flow collections
    "82AN",  // Three dashes and content without space
    "87E4",  // Spec Example 7.8. Single Quoted Implicit Keys
    "8CWC",  // Plain mapping key ending with colon
    "8G76",  // Spec Example 6.10. Comment Lines
    "8KB6",  // Multiline plain flow mapping key without value
    "8QBE",  // Block Sequence in Block Mapping
    "8UDB",  // Spec Example 7.14. Flow Sequence Entries
    "93JH",  // Block Mappings in Block Sequence
    "93WF",  // Spec Example 6.6. Line Folding [1.3]
    "96L6",  // Spec Example 2.14. In the folded scalars, newlines become spaces
    "96NN/00",  // Leading tab content in literals
    "96NN/01",  // Leading tab content in literals
    "98YD",  // Spec Example 5.5. Comment Indicator
    "9BXH",  // Multiline doublequoted flow mapping key without value
    "9FMG",  // Multi-level Mapping Indent
    "9J7A",  // Simple Mapping Indent
    "9MQT/00",  // Scalar doc with '...' in content
    "9SA2",  // Multiline double quoted flow mapping key
    "9SHH",  // Spec Example 5.8. Quoted Scalar Indicators
    "9TFX",  // Spec Example 7.6. Double Quoted Lines [1.3]
    "9U5K",  // Spec Example 2.12. Compact Nested Mapping
    "9YRD",  // Multiline Scalar at Top Level
    "A6F9",  // Spec Example 8.4. Chomping Final Line Break
    "A984",  // Multiline Scalar in Mapping
    "AB8U",  // Sequence entry that looks like two with wrong indentation
    "AVM7",  // Empty Stream
    "AZ63",  // Sequence With Same Indentation as Parent Mapping
    "AZW3",  // Lookahead test cases
    "B3HG",  // Spec Example 8.9. Folded Scalar [1.3]
    "C2DT",  // Spec Example 7.18. Flow Mapping Adjacent Values
    "CPZ3",  // Doublequoted scalar starting with a tab
    "D83L",  // Block scalar indicator order
    "D88J",  // Flow Sequence in Block Mapping
    "D9TU",  // Single Pair Block Mapping
    "DBG4",  // Spec Example 7.10. Plain Characters
    "DC7X",  // Various trailing tabs
    "DE56/00",  // Trailing tabs in double quoted
    "DE56/01",  // Trailing tabs in double quoted
    "DE56/02",  // Trailing tabs in double quoted
    "DE56/03",  // Trailing tabs in double quoted
    "DE56/04",  // Trailing tabs in double quoted
    "DE56/05",  // Trailing tabs in double quoted
    "DHP8",  // Flow Sequence
    "DK3J",  // Zero indented block scalar with line that looks like a comment
    "DK95/00",  // Tabs that look like indentation
    "DK95/02",  // Tabs that look like indentation
    "DK95/03",  // Tabs that look like indentation
    "DK95/04",  // Tabs that look like indentation
    "DK95/05",  // Tabs that look like indentation
    "DK95/08",  // Tabs that look like indentation
    "DWX9",  // Spec Example 8.8. Literal Content
    "EX5H",  // Multiline Scalar at Top Level [1.3]
    "EXG3",  // Three dashes and content without space [1.3]
    "F3CP",  // Nested flow collections on one line
    "F6MC",  // More indented lines at the beginning of folded block scalars
    "F8F9",  // Spec Example 8.5. Chomping Trailing Lines
    "FBC9",  // Allowed characters in plain scalars
    "FP8R",  // Zero indented block scalar
    "FQ7F",  // Spec Example 2.1. Sequence of Scalars
    "FUP4",  // Flow Sequence in Flow Sequence
    "G4RS",  // Spec Example 2.17. Quoted Scalars
    "G992",  // Spec Example 8.9. Folded Scalar
    "H2RW",  // Blank lines
    "H3Z8",  // Literal unicode
    "HM87/00",  // Scalars in flow start with syntax char
    "HM87/01",  // Scalars in flow start with syntax char
    "HMK4",  // Spec Example 2.16. Indentation determines scope
    "HS5T",  // Spec Example 7.12. Plain Lines
    "HWV9",  // Document-end marker
    "J3BT",  // Spec Example 5.12. Tabs and Spaces
    "J5UC",  // Multiple Pair Block Mapping
    "J7VC",  // Empty Lines Between Mapping Elements
    "J9HZ",  // Spec Example 2.9. Single Document with Two Comments
    "JEF9/00",  // Trailing whitespace in streams
    "JEF9/01",  // Trailing whitespace in streams
    "JEF9/02",  // Trailing whitespace in streams
    "JQ4R",  // Spec Example 8.14. Block Sequence
    "JR7V",  // Question marks in scalars
    "K3WX",  // Colon and adjacent value after comment on next line
    "K4SU",  // Multiple Entry Block Sequence
    "K527",  // Spec Example 6.6. Line Folding
    "K54U",  // Tab after document header
    "K858",  // Spec Example 8.6. Empty Scalar Chomping
    "KH5V/00",  // Inline tabs in double quoted
    "KH5V/01",  // Inline tabs in double quoted
    "KH5V/02",  // Inline tabs in double quoted
    "KMK3",  // Block Submapping
    "L24T/00",  // Trailing line of spaces
    "L24T/01",  // Trailing line of spaces
    "L9U5",  // Spec Example 7.11. Plain Implicit Keys
    "LP6E",  // Whitespace After Scalars in Flow
    "LQZ7",  // Spec Example 7.4. Double Quoted Implicit Keys
    "M29M",  // Literal Block Scalar
    "M6YH",  // Block sequence indentation
    "M7NX",  // Nested flow collections
    "M9B4",  // Spec Example 8.7. Literal Scalar
    "MJS9",  // Spec Example 6.7. Block Folding
    "MXS3",  // Flow Mapping in Block Sequence
    "MYW6",  // Block Scalar Strip
    "MZX3",  // Non-Specific Tags on Scalars
    "NAT4",  // Various empty or newline only quoted strings
    "NB6Z",  // Multiline plain value with tabs on empty lines
    "NJ66",  // Multiline plain flow mapping key
    "NP9H",  // Spec Example 7.5. Double Quoted Line Breaks
    "P2AD",  // Spec Example 8.1. Block Scalar Header
    "P94K",  // Spec Example 6.11. Multi-Line Comments
    "PBJ2",  // Spec Example 2.3. Mapping Scalars to Sequences
    "PRH3",  // Spec Example 7.9. Single Quoted Lines
    "Q5MG",  // Tab at beginning of line followed by a flow mapping
    "Q88A",  // Spec Example 7.23. Flow Content
    "Q8AD",  // Spec Example 7.5. Double Quoted Line Breaks [1.3]
    "QF4Y",  // Spec Example 7.19. Single Pair Flow Mappings
    "QT73",  // Comment and document-end marker
    "R4YG",  // Spec Example 8.2. Block Indentation Indicator
    "R52L",  // Nested flow mapping sequence and mappings
    "RLU9",  // Sequence Indent
    "S4T7",  // Document with footer
    "S7BG",  // Colon followed by comma
    "SM9W/00",  // Single character streams
    "SSW6",  // Spec Example 7.7. Single Quoted Characters [1.3]
    "SYW4",  // Spec Example 2.2. Mapping Scalars to Scalars
    "T26H",  // Spec Example 8.8. Literal Content [1.3]
    "T4YY",  // Spec Example 7.9. Single Quoted Lines [1.3]
    "T5N4",  // Spec Example 8.7. Literal Scalar [1.3]
    "TE2A",  // Spec Example 8.16. Block Mappings
    "TL85",  // Spec Example 6.8. Flow Folding
    "TS54",  // Folded Block Scalar
    "UDM2",  // Plain URL in flow mapping
    "UDR7",  // Spec Example 5.4. Flow Collection Indicators
    "UKK6/01",  // Syntax character edge cases
    "UV7Q",  // Legal tab after indentation
    "VJP3/01",  // Flow collections over many lines
    "W42U",  // Spec Example 8.15. Block Sequence Entry Types
    "XLQ9",  // Multiline scalar that looks like a YAML directive
    "XV9V",  // Spec Example 6.5. Empty Lines [1.3]
    "Y79Y/001",  // Tabs in various contexts
    "Y79Y/002",  // Tabs in various contexts
    "Y79Y/010",  // Tabs in various contexts
    "YD5X",  // Spec Example 2.5. Sequence of Sequences
    "ZF4X",  // Spec Example 2.6. Mapping of Mappings
    "ZK9H",  // Nested top level flow mapping
  ]

  /// The data of valid cases the suite gives no in.json for, transcribed from its
  /// `test.event` (which is not vendored).
  static let expectedWithoutJSON: [String: String] = [
    "4ABK": #"{"unquoted": "separate", "http://foo.com": null, "omitted value": null}"#
  ]
}
