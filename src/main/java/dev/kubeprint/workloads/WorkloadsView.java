package dev.kubeprint.workloads;

import java.time.Instant;
import java.util.List;

/**
 * The workloads page: pods by phase and readiness, controllers short of replicas, nodes with their taints and
 * instance types, and recent trouble from Events. Each part says what it could not read rather than showing
 * zero.
 */
public record WorkloadsView(PodsPart pods, ControllersPart controllers, NodesPart nodes, EventsPart events) {

	/**
	 * @param unread why pods are unknown ("pods: not in this snapshot"); empty when they were read, and then
	 * every count is a fact
	 * @param counts one per state, in the order of {@link PodState}, zero counts included once pods are known
	 * @param attention pods not running and ready (nor succeeded), worst state first, at most
	 * {@link PodStates#ROWS}
	 * @param moreAttention how many more such pods there are than listed
	 */
	public record PodsPart(String unread, int total, List<StateCount> counts, List<PodRow> attention,
			int moreAttention) {

		public PodsPart {
			counts = List.copyOf(counts);
			attention = List.copyOf(attention);
		}

		public boolean known() {
			return unread.isEmpty();
		}

	}

	/** @param text the state in words; {@code basis} what in the pod says so */
	public record StateCount(PodState state, String text, int count, String basis) {
	}

	/**
	 * @param phase as the pod reports it, which a pod on an unreachable node keeps long after it stopped
	 * @param ready the pod's Ready condition
	 * @param deletion when deletion was asked for, null unless terminating
	 * @param why the reason the pod gives (CrashLoopBackOff, Unschedulable ...) and its message, or empty
	 */
	public record PodRow(String namespace, String name, String node, String phase, boolean ready, PodState state,
			String stateText, int restarts, Instant deletion, String why) {
	}

	/**
	 * @param unread per kind that could not be read, why ("statefulsets.apps: not in this snapshot")
	 * @param kindsRead how many of the three kinds were read: with none, nothing below is known
	 * @param attention Deployments, DaemonSets and StatefulSets short of ready replicas or with pods terminating,
	 * most missing first
	 * @param complete how many read controllers have every replica ready (and no pod terminating, when pods were
	 * read)
	 * @param podsRead whether pods were read: without them (a list still under way, forbidden) nothing is said of
	 * pods terminating, only of replicas
	 */
	public record ControllersPart(List<String> unread, int kindsRead, List<ControllerRow> attention, int complete,
			boolean podsRead) {

		public ControllersPart {
			unread = List.copyOf(unread);
			attention = List.copyOf(attention);
		}

	}

	/**
	 * @param pods pods the controller owns now, -1 when pods were not read
	 * @param terminating of those, how many have a deletionTimestamp
	 * @param why what the Events or the pods say about it ("Unhealthy: Liveness probe failed …"), empty when
	 * nothing does; {@code basis} where that was read
	 */
	public record ControllerRow(String kind, String namespace, String name, int desired, int ready, int pods,
			int terminating, String why, String basis) {

		public int missing() {
			return Math.max(0, desired - ready);
		}

	}

	/**
	 * @param unread why nodes are unknown, empty when read
	 * @param instanceTypes e.g. "t3.medium × 3", from node.kubernetes.io/instance-type (or the older beta label)
	 */
	public record NodesPart(String unread, List<NodeRow> rows, List<String> instanceTypes, int unschedulable) {

		/** Rows a page: at 5,000 nodes the panel carried all of them (0.9 MB), repeating the nodes page. */
		public static final int PAGE_SIZE = 100;

		public NodesPart {
			rows = List.copyOf(rows);
			instanceTypes = List.copyOf(instanceTypes);
		}

		/** Page {@code number} (from 1) of the rows; a number out of range gives the nearest page. */
		public NodesPage page(int number) {
			int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
			int page = Math.min(Math.max(1, number), pages);
			int from = (page - 1) * PAGE_SIZE;
			return new NodesPage(page, pages, rows.size(), PAGE_SIZE, unread,
					rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE)), instanceTypes, unschedulable);
		}

	}

	/** One page of the nodes part, as its panel shows it; not ready, then tainted or cordoned nodes come first. */
	public record NodesPage(int page, int pages, int total, int pageSize, String unread, List<NodeRow> rows,
			List<String> instanceTypes, int unschedulable) {

		public NodesPage {
			rows = List.copyOf(rows);
			instanceTypes = List.copyOf(instanceTypes);
		}

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}

	}

	/**
	 * @param ready the Ready condition's status (True, False, Unknown) or words saying it was not reported
	 * @param instanceType empty when the node has no instance-type label
	 */
	public record NodeRow(String name, String ready, boolean isReady, String instanceType, String zone,
			boolean unschedulable, List<TaintRow> taints) {

		public NodeRow {
			taints = List.copyOf(taints);
		}

	}

	/** @param meaning what the taint means here, when it is one Kubernetes sets itself */
	public record TaintRow(String taint, String effect, String meaning) {
	}

	/**
	 * @param unread why Events are unknown, empty when read
	 * @param kept how many Events were read (after the bound); {@code capped} says when older ones were dropped
	 * @param goneNodes node names that Events name but that are not nodes now: never counted as nodes
	 */
	public record EventsPart(String unread, int kept, String capped, List<EventGroup> groups,
			List<String> goneNodes, String goneNodesText) {

		public EventsPart {
			groups = List.copyOf(groups);
			goneNodes = List.copyOf(goneNodes);
		}

	}

	/**
	 * Events of one reason.
	 *
	 * @param occurrences the sum of the Events' counts
	 * @param objects the first few objects named, "Pod default/x"; {@code moreObjects} the rest counted
	 * @param note a caution about reading them, e.g. that FailedScheduling tells of a past moment
	 */
	public record EventGroup(String reason, String type, int events, int occurrences, List<String> objects,
			int moreObjects, String message, Instant last, String note) {

		public EventGroup {
			objects = List.copyOf(objects);
		}

	}

}
