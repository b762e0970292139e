package dev.kubeprint.reference;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A common production problem with its symptom, the first command to run and the usual fix, and what the
 * diagnosis of it needs beyond the reference's table row: its thresholds, the commands of the fix and the
 * cause and remedy of each case it tells apart.
 *
 * @param cause why the problem usually happens; null when the yaml says none (Texts.pick gives "")
 * @param commands the read-only and remedial commands of the fix, by name ("status", "defrag"), with
 * {@code <placeholders>} a diagnosis fills in for the subject
 * @param thresholds numbers the diagnosis judges by, by name, each explained beside it in the yaml
 * @param cases the cases the diagnosis tells apart ("insufficient-cpu", "taints" …), each with its cause and remedy
 */
public record ProblemReference(String id, LocalizedText problem, LocalizedText symptom, String diagnose,
		LocalizedText resolution, LocalizedText cause, Map<String, String> commands, Map<String, Double> thresholds,
		Map<String, Advice> cases) {

	public ProblemReference {
		Objects.requireNonNull(id, "problem id is required");
		Objects.requireNonNull(problem, () -> "problem is required for problem " + id);
		Objects.requireNonNull(symptom, () -> "symptom is required for problem " + id);
		Objects.requireNonNull(diagnose, () -> "diagnose is required for problem " + id);
		Objects.requireNonNull(resolution, () -> "resolution is required for problem " + id);
		commands = (commands != null) ? Map.copyOf(commands) : Map.of();
		thresholds = (thresholds != null) ? Map.copyOf(thresholds) : Map.of();
		cases = (cases != null) ? Map.copyOf(cases) : Map.of();
	}

	public ProblemReference(String id, LocalizedText problem, LocalizedText symptom, String diagnose,
			LocalizedText resolution) {
		this(id, problem, symptom, diagnose, resolution, null, null, null, null);
	}

	/** A threshold the yaml must hold: a diagnosis without its number is a broken reference, not a guess. */
	public double threshold(String name) {
		Double value = thresholds.get(name);
		if (value == null) {
			throw new IllegalStateException("problems.yaml: " + id + " has no threshold " + name);
		}
		return value;
	}

	public String command(String name) {
		String command = commands.get(name);
		if (command == null) {
			throw new IllegalStateException("problems.yaml: " + id + " has no command " + name);
		}
		return command;
	}

	public Advice advice(String caseName) {
		Advice advice = cases.get(caseName);
		if (advice == null) {
			throw new IllegalStateException("problems.yaml: " + id + " has no case " + caseName);
		}
		return advice;
	}

	/** The cause and remedy of one case of a problem. */
	public record Advice(LocalizedText cause, LocalizedText remedy, List<String> commands) {

		public Advice {
			Objects.requireNonNull(cause, "a case needs its cause");
			Objects.requireNonNull(remedy, "a case needs its remedy");
			commands = (commands != null) ? List.copyOf(commands) : List.of();
		}

	}

}
