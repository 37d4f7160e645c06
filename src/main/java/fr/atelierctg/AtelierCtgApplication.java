package fr.atelierctg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AtelierCtgApplication {

	public static void main(String[] args) {
		SpringApplication.run(AtelierCtgApplication.class, args);
	}

}
