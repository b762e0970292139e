package dev.kubeprint.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A PromQL syntax check for the chart's rules, since promtool is not at hand: a tokenizer and a
 * recursive-descent parser for the part of the language alert rules use (selectors with matchers and ranges,
 * function calls, aggregations with by/without before or after, binary operators with bool, on/ignoring and
 * group_left/right), which refuses unknown functions, unbalanced brackets, malformed matchers, regexes that do
 * not compile and operators without an operand. It reports the metric names it read.
 */
final class PromQlSyntax {

	static final Set<String> FUNCTIONS = Set.of("abs", "absent", "absent_over_time", "avg_over_time", "ceil",
			"changes", "clamp_max", "clamp_min", "count_over_time", "delta", "deriv", "floor", "histogram_quantile",
			"increase", "irate", "label_replace", "last_over_time", "max_over_time", "min_over_time",
			"predict_linear", "quantile_over_time", "rate", "resets", "round", "scalar", "sum_over_time", "time",
			"timestamp", "vector");

	static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "count", "group", "stddev",
			"stdvar", "topk", "bottomk", "quantile", "count_values");

	private static final String OPEN_BRACE = "{", CLOSE_BRACE = "}";

	private static final Set<String> BINARY = Set.of("+", "-", "*", "/", "%", "^", "==", "!=", ">", "<", ">=",
			"<=", "and", "or", "unless");

	private static final Pattern TOKEN = Pattern.compile("\\s*(?:(?<duration>(?:[0-9]+(?:ms|s|m|h|d|w|y))+)(?![a-zA-Z0-9_.])"
			+ "|(?<number>[0-9]+(?:\\.[0-9]+)?(?:e[+-]?[0-9]+)?)"
			+ "|(?<string>\"(?:[^\"\\\\]|\\\\.)*\")|(?<ident>[a-zA-Z_:][a-zA-Z0-9_:]*)"
			+ "|(?<op>==|!=|=~|!~|>=|<=|[-+*/%^<>=(){}\\[\\],]))");

	private static final Pattern DURATION = Pattern.compile("([0-9]+(ms|s|m|h|d|w|y))+");

	private final List<String> tokens = new ArrayList<>();

	private final Set<String> metrics = new TreeSet<>();

	private int at;

	private PromQlSyntax(String expr) {
		Matcher m = TOKEN.matcher(expr);
		int end = 0;
		while (end < expr.length() && m.find(end) && m.start() == end && m.end() > end) {
			tokens.add(m.group().strip());
			end = m.end();
		}
		if (!expr.substring(end).isBlank()) {
			throw new IllegalArgumentException("cannot read '" + expr.substring(end) + "'");
		}
	}

	/** The metric names the expression reads; throws with the reason when it is not PromQL. */
	static Set<String> check(String expr) {
		PromQlSyntax parser = new PromQlSyntax(expr);
		parser.expression();
		if (parser.at != parser.tokens.size()) {
			throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.at) + "' in " + expr);
		}
		return parser.metrics;
	}

	private void expression() {
		unary();
		while (BINARY.contains(peek())) {
			String op = next();
			if (op.matches("==|!=|>|<|>=|<=") && peek().equals("bool")) {
				next();
			}
			if (peek().equals("on") || peek().equals("ignoring")) {
				next();
				labels();
			}
			if (peek().equals("group_left") || peek().equals("group_right")) {
				next();
				if (peek().equals("(")) {
					labels();
				}
			}
			unary();
		}
	}

	private void unary() {
		if (peek().equals("-") || peek().equals("+")) {
			next();
		}
		primary();
		if (peek().equals("[")) {
			next();
			String range = next();
			if (!DURATION.matcher(range).matches()) {
				throw new IllegalArgumentException("not a duration: " + range);
			}
			expect("]");
		}
	}

	private void primary() {
		String token = next();
		if (token.equals("(")) {
			expression();
			expect(")");
		}
		else if (token.matches("[0-9].*") || token.startsWith("\"") || token.equals(OPEN_BRACE)) {
			if (token.equals(OPEN_BRACE)) {
				matchers();
			}
		}
		else if (AGGREGATIONS.contains(token)) {
			aggregation();
		}
		else if (peek().equals("(")) {
			if (!FUNCTIONS.contains(token)) {
				throw new IllegalArgumentException("unknown function " + token);
			}
			arguments();
		}
		else if (token.matches("[a-zA-Z_:][a-zA-Z0-9_:]*") && !BINARY.contains(token)) {
			metrics.add(token);
			if (peek().equals(OPEN_BRACE)) {
				next();
				matchers();
			}
		}
		else {
			throw new IllegalArgumentException("expected an operand, found '" + token + "'");
		}
	}

	private void aggregation() {
		if (peek().equals("by") || peek().equals("without")) {
			next();
			labels();
		}
		arguments();
		if (peek().equals("by") || peek().equals("without")) {
			next();
			labels();
		}
	}

	private void arguments() {
		expect("(");
		expression();
		while (peek().equals(",")) {
			next();
			expression();
		}
		expect(")");
	}

	private void labels() {
		expect("(");
		while (!peek().equals(")")) {
			label(next());
			if (!peek().equals(")")) {
				expect(",");
			}
		}
		expect(")");
	}

	/** Already past the opening brace. */
	private void matchers() {
		while (!peek().equals(CLOSE_BRACE)) {
			label(next());
			String op = next();
			if (!op.matches("=|!=|=~|!~")) {
				throw new IllegalArgumentException("not a matcher operator: " + op);
			}
			String value = next();
			if (!value.startsWith("\"")) {
				throw new IllegalArgumentException("a matcher's value is a quoted string, not " + value);
			}
			if (op.endsWith("~")) {
				try {
					Pattern.compile(value.substring(1, value.length() - 1).replace("\\\\", "\\"));
				}
				catch (PatternSyntaxException ex) {
					throw new IllegalArgumentException("regex does not compile: " + value, ex);
				}
			}
			if (!peek().equals(CLOSE_BRACE)) {
				expect(",");
			}
		}
		expect(CLOSE_BRACE);
	}

	private static void label(String name) {
		if (!name.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
			throw new IllegalArgumentException("not a label name: " + name);
		}
	}

	private void expect(String token) {
		String found = next();
		if (!found.equals(token)) {
			throw new IllegalArgumentException("expected '" + token + "', found '" + found + "'");
		}
	}

	private String next() {
		if (at >= tokens.size()) {
			throw new IllegalArgumentException("unexpected end");
		}
		return tokens.get(at++);
	}

	private String peek() {
		return at < tokens.size() ? tokens.get(at) : "";
	}

}
