# Build with the Maven Wrapper on a JDK, run the shaded jar on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system peerbot && useradd --system --gid peerbot --uid 10001 --no-create-home peerbot
COPY --from=build /src/target/peerbot.jar /opt/peerbot/peerbot.jar
USER 10001
# Only HTTP mode listens (PORT, default 3000); Socket Mode makes outbound connections only.
EXPOSE 3000
# Configuration comes from the environment at run time (SLACK_BOT_TOKEN, SLACK_APP_TOKEN, AWS_REGION, ...);
# no secret is baked into the image.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/peerbot/peerbot.jar"]
CMD ["run"]
