package nl.voortgang.command.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration")
@Import(ProblemResponses.class)
public class WebConfiguration {

    @Bean
    WebMvcRegistrations jsonWrites() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new JsonWritesHandlerMapping();
            }
        };
    }

    /** Boot registers every Jackson module bean with the JSON mapper that reads request bodies. */
    @Bean
    JacksonModule storableTextOnly() {
        return new SimpleModule("storable-text").addDeserializer(String.class, new StorableTextDeserializer())
                .addKeyDeserializer(String.class, new StorableTextKeyDeserializer());
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcClient jdbc) {
        return new IdempotencyStore(jdbc);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, PlatformTransactionManager transactions) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, new TransactionTemplate(transactions)));
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
