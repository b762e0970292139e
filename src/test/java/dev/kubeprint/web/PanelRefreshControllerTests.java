package dev.kubeprint.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.kubeprint.testing.PageSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The polls htmx makes from every open page and embed: answered by a controller no @ModelAttribute runs for (the
 * layout's cost a 204 most of what it cost, and allocated tens of kilobytes per poll), with the HTML errors of the
 * rest of the site.
 */
@PageSliceTest
class PanelRefreshControllerTests {

	private static final List<String> POLLS = List.of("/clusters/demo/panels/diagram",
			"/embed/clusters/demo/panels/diagram", "/clusters/demo/storage/chains");

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApplicationContext context;

	@Test
	void noModelAttributeRunsForAPollAndTheLayoutsRunForItsPage() throws Exception {
		List<ControllerAdviceBean> modelAdvices = ControllerAdviceBean.findAnnotatedBeans(context)
			.stream()
			.filter((advice) -> !MethodIntrospector
				.selectMethods(advice.getBeanType(),
						(ReflectionUtils.MethodFilter) (method) -> method.isAnnotationPresent(ModelAttribute.class))
				.isEmpty())
			.toList();
		assertThat(modelAdvices).extracting(ControllerAdviceBean::getBeanType)
			.contains(LayoutModelAdvice.class, Class.forName("dev.kubeprint.web.access.SignOut"));
		for (String poll : POLLS) {
			Class<?> handler = handlerType(poll, true);
			assertThat(handler).as(poll).isEqualTo(PanelRefreshController.class);
			assertThat(MethodIntrospector.selectMethods(handler,
					(ReflectionUtils.MethodFilter) (method) -> method.isAnnotationPresent(ModelAttribute.class)))
				.as(poll)
				.isEmpty();
			assertThat(modelAdvices).as(poll).noneMatch((advice) -> advice.isApplicableToBeanType(handler));
			Class<?> page = handlerType(poll, false);
			assertThat(modelAdvices).as(poll).allMatch((advice) -> advice.isApplicableToBeanType(page));
		}
	}

	private Class<?> handlerType(String url, boolean htmx) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", url);
		if (htmx) {
			request.addHeader("HX-Request", "true");
		}
		return ((HandlerMethod) mappings.getHandler(request).getHandler()).getBeanType();
	}

	@Test
	void aPollOfAClusterThatDoesNotExistGetsTheUnknownClusterPageNamingOnlyWhatTheReaderMayOpen() throws Exception {
		String html = mvc.perform(get("/clusters/nowhere/panels/diagram").header("HX-Request", "true"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("nowhere").contains("href=\"/clusters/demo\"").doesNotContain("Exception");
	}

}
