package dev.kubeprint.web;

import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** JSON callers get JSON errors, never an HTML page. */
@RestControllerAdvice(assignableTypes = PageApiController.class)
class ApiErrorAdvice {

	@ExceptionHandler(UnknownClusterException.class)
	ResponseEntity<Map<String, String>> unknownCluster(UnknownClusterException ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<Map<String, String>> status(ResponseStatusException ex) {
		return error(HttpStatus.valueOf(ex.getStatusCode().value()), ex.getReason());
	}

	/** e.g. ?page=abc; the value is not echoed, only which parameter was wrong. */
	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<Map<String, String>> badParameter(TypeMismatchException ex) {
		String type = ex.getRequiredType() != null ? ex.getRequiredType().getSimpleName() : "another type";
		return error(HttpStatus.BAD_REQUEST, "bad value for " + ex.getPropertyName() + ": expected " + type);
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message == null ? status.getReasonPhrase() : message));
	}

}
