package dev.kubeprint.cluster.live;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * The identity of a fact within its kind, {@code namespace/name} or {@code name}, read from the fact record
 * itself: a watch event names the object it changes only through the object.
 */
final class FactKeys {

	private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
		@Override
		protected Method[] computeValue(Class<?> type) {
			Method namespace = null;
			Method name = null;
			for (RecordComponent c : type.getRecordComponents()) {
				if (c.getName().equals("namespace")) {
					namespace = c.getAccessor();
				}
				else if (c.getName().equals("name")) {
					name = c.getAccessor();
				}
			}
			if (name == null) {
				throw new IllegalStateException(type.getSimpleName() + " has no name component");
			}
			return new Method[] { namespace, name };
		}
	};

	private FactKeys() {
	}

	static String key(Object fact) {
		Method[] accessors = ACCESSORS.get(fact.getClass());
		try {
			String name = (String) accessors[1].invoke(fact);
			return accessors[0] == null ? name : accessors[0].invoke(fact) + "/" + name;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot read the name of " + fact.getClass().getSimpleName(), ex);
		}
	}

}
